import type { MountFn, Widget } from "../widgets/widget.ts";
import { attributeName } from "../widgets/define-widget.ts";
import { mathsHasText } from "../widgets/maths-text.ts";
import type { EmbedEntry } from "./embed-registry.ts";
import { embedTag } from "./embed-tag.ts";
import { attributeWarnings } from "./attribute-warnings.ts";
import { widthQueriesToContainer } from "./container-css.ts";
import { legibleWidth } from "./legible-width.ts";
import { parseAttribute } from "./parse-attribute.ts";

/** What one widget's embed module brings: its registry entry, its mount factory and its stylesheets' text. */
export interface EmbedParts {
  readonly entry: EmbedEntry;
  readonly mount: MountFn<unknown>;
  readonly css: readonly string[];
  /** The site's address, for the source link back to the article. */
  readonly siteUrl: string;
}

/** Fired on the element after every change of its options, with the options as detail (the iframe page keeps its URL in step). */
export const CHANGE_EVENT = "sg-change";

/** The attribute that picks the colour scheme, and its values: `auto` (the default) follows the reader's system setting. */
export const THEME_ATTRIBUTE = "theme";
export const THEMES = ["light", "dark", "auto"] as const;

/**
 * Defines <sg-widget> for one widget: rendered in a shadow root (host CSS cannot reach in, ours cannot leak out),
 * with one attribute per option. Attribute values are untrusted: a bad one is replaced by the default with a
 * console warning naming it, an out-of-range one clamped with a warning; none is ever inserted as HTML.
 */
export function defineEmbed({ entry, mount, css, siteUrl }: EmbedParts): void {
  const tag = embedTag(entry.widget);
  if (customElements.get(tag)) return;
  const options = new Map(Object.keys(entry.specs).map((key) => [attributeName(key), key]));
  const known = [...options.keys(), THEME_ATTRIBUTE];
  const sheets = css.map((text) => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(widthQueriesToContainer(text));
    return sheet;
  });

  class WidgetElement extends HTMLElement {
    static observedAttributes = [...options.keys(), THEME_ATTRIBUTE];
    #widget: Widget<unknown> | undefined;
    #resize: ResizeObserver | undefined;

    /** Reads the options set by attributes, skipping bad values. */
    #fromAttributes(): Record<string, number> {
      const out: Record<string, number> = {};
      for (const [name, key] of options) {
        const value = parseAttribute(`<${tag}>`, name, entry.specs[key]!, this.getAttribute(name));
        if (value !== undefined) out[key] = value;
      }
      return out;
    }

    /**
     * The figure the build drew inside the element (the iframe page's static picture) or in its declarative shadow root
     * (the embed guide's previews, already laid out as the live frame), when it shows the options the attributes ask for
     * and the shadow root can style all of it: mounted on, it is adopted as the site's islands adopt theirs, and nothing
     * is drawn again.
     */
    #still(asked: Readonly<Record<string, number>>): { nodes: Node[]; options: Record<string, number> } | undefined {
      const chart =
        this.shadowRoot?.querySelector<HTMLElement>(`.sg-frame > .chart.${entry.prefix}[data-options]`) ??
        this.querySelector<HTMLElement>(`:scope > figure > .chart.${entry.prefix}[data-options]`);
      // Maths the build typeset (the stepper's formulas) needs KaTeX's stylesheet and fonts, which a shadow root does
      // not get: the figure is adopted when each formula has its plain-text twin to show instead, else drawn afresh.
      if (!chart || !mathsHasText(chart)) return undefined;
      const options = JSON.parse(chart.dataset.options!) as Record<string, number>;
      if (Object.entries(asked).some(([key, value]) => options[key] !== value)) return undefined;
      return { nodes: [...chart.childNodes], options };
    }

    /**
     * Keeps every figure wide enough that its text is at least MIN_TEXT_PX tall; a narrower column scrolls it sideways.
     * Every width is cleared, then all are read, then written: one style and layout pass, not one per figure.
     */
    #legible(): void {
      const svgs = [...(this.shadowRoot?.querySelectorAll("svg") ?? [])];
      for (const svg of svgs) svg.style.minWidth = "";
      const needed = svgs.map((svg) => [legibleWidth(svg), svg.getBoundingClientRect().width] as const);
      svgs.forEach((svg, i) => {
        const [min, width] = needed[i]!;
        if (min > width) svg.style.minWidth = `${min}px`;
      });
    }

    #checkTheme(raw: string | null): void {
      if (raw !== null && !(THEMES as readonly string[]).includes(raw)) console.warn(`<${tag}>: attribute "${THEME_ATTRIBUTE}" must be ${THEMES.join(", ")}; got ${JSON.stringify(raw.slice(0, 40))}, following the reader's system setting`);
    }

    connectedCallback(): void {
      if (this.#widget) return;
      for (const warning of attributeWarnings(tag, this.getAttributeNames(), known)) console.warn(warning);
      const shadow = this.shadowRoot ?? this.attachShadow({ mode: "open" });
      shadow.adoptedStyleSheets = sheets;
      // The frame holds the theme variables: on the host element itself they would clash with a host page that
      // sets --sg-fg: var(--fg) there (a cycle that voids both), and the page's own --fg would override them.
      const frame = document.createElement("div");
      frame.className = "sg-frame";
      const box = document.createElement("div");
      box.className = `chart ${entry.prefix}`;
      const source = document.createElement("p");
      source.className = "sg-source";
      const link = document.createElement("a");
      link.href = new URL(`/articles/${entry.article}/`, siteUrl).href;
      link.textContent = `source: ${entry.title}`;
      link.target = "_blank";
      link.rel = "noopener";
      source.append(link);
      frame.append(box, source);
      const asked = this.#fromAttributes();
      const still = this.#still(asked);
      if (still) box.append(...still.nodes);
      shadow.replaceChildren(frame);
      this.#widget = mount(box, still?.options ?? asked);
      // Container queries can change the figures' font sizes as the column changes width. The observer's first call
      // comes once the figure is laid out and before it is painted, so mounting forces no layout of its own.
      this.#resize = new ResizeObserver(() => this.#legible());
      this.#resize.observe(this);
      const changed = (): void => {
        this.dispatchEvent(new CustomEvent(CHANGE_EVENT, { detail: this.#widget?.options }));
      };
      box.addEventListener("input", changed);
      box.addEventListener("click", changed);
      box.addEventListener("pointerup", changed);
    }

    disconnectedCallback(): void {
      this.#resize?.disconnect();
      this.#widget?.destroy();
      this.#widget = undefined;
    }

    attributeChangedCallback(name: string, _old: string | null, raw: string | null): void {
      if (name === THEME_ATTRIBUTE) return this.#checkTheme(raw);
      const key = options.get(name);
      if (!this.#widget || key === undefined) return;
      const spec = entry.specs[key]!;
      // Every option, structural ones included, changes live through the widget's own draw: no figure is mounted afresh.
      this.#widget.update({ [key]: parseAttribute(`<${tag}>`, name, spec, raw) ?? spec.default });
      this.dispatchEvent(new CustomEvent(CHANGE_EVENT, { detail: this.#widget.options }));
    }

    /** The widget's current, validated options. */
    get options(): unknown {
      return this.#widget?.options;
    }

    /** Changes options from script, validated like attributes set by the widget's own checks (throws on a bad one). */
    update(next: Readonly<Record<string, unknown>>): unknown {
      if (!this.#widget) throw new Error(`<${tag}> is not connected yet`);
      const options = this.#widget.update(next);
      this.dispatchEvent(new CustomEvent(CHANGE_EVENT, { detail: options }));
      return options;
    }
  }

  customElements.define(tag, WidgetElement);
}
