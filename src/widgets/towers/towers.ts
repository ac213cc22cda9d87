import { select } from "d3-selection";
import type { TowerPart } from "../../grad/towers.ts";
import { afterPaint } from "../after-paint.ts";
import { offScaleMarkup } from "../chart/off-scale-markup.ts";
import { formatNumber } from "../format-number.ts";
import { mountWidget } from "../mount-widget.ts";
import { rangeControls } from "../range-controls.ts";
import type { Widget } from "../widget.ts";
import { towerHandles } from "./tower-handles.ts";
import { defaultParts, frame, handles, moveHandle, towerAt, towersCurves, towersError, towersGeometry, type Handle, type HandleKey, type TowersCurves } from "./towers-geometry.ts";
import { handleInner, handleName, oneReadout, towersMarkup, towersReadout } from "./towers-markup.ts";
import { towersOptions, towersSpecs, type TowersOptions } from "./towers-options.ts";

/** Mounts the live towers figure: sliders for the number of towers, their steepness and the tower shown; handles drag its walls and height, and a click on the plot shows another tower. */
export function mount(el: HTMLElement, input: Readonly<Record<string, unknown>> = {}): Widget<TowersOptions> {
  return mountWidget(
    {
      prefix: "tw",
      validate: (i) => towersOptions(i),
      markup: (o, id) => towersMarkup(towersGeometry(o), id, o.tower),
      setup({ el, id, update, options }) {
        const controls = rangeControls(towersSpecs, id, (key, v) => update({ [key]: v }));
        const reset = document.createElement("button");
        reset.type = "button";
        reset.className = "widget-button tw-reset";
        reset.textContent = "Equal towers again";
        controls.element.append(reset);
        el.prepend(controls.element);
        const towerInput = controls.element.querySelector<HTMLInputElement>(`#${CSS.escape(id)}-tower`);
        const root = select(el);
        const svg = el.querySelector<SVGSVGElement>(".tw-svg")!;
        let parts: TowerPart[] = [];
        let g: TowersCurves | undefined;
        let measuring: (() => void) | undefined;
        // The error takes a scan of 4001 points and a quadrature: measured once per frame however fast the handle moves,
        // after the frame that shows the curves is painted.
        const measure = (): void => {
          measuring = undefined;
          const e = towersError(options(), parts);
          root.select(".tw-readout").text(towersReadout(e));
          root.select(".tw-desc").text(e.description);
        };
        // Markup last written to each part, so that an update rewrites only the parts it changes.
        const written = new Map<string, string>();
        const setHtml = (selector: string, html: string): void => {
          if (written.get(selector) === html) return;
          el.querySelector(selector)!.innerHTML = html;
          written.set(selector, html);
        };
        // A handle's value for assistive technology; the static picture has none, as it is no slider without script.
        const describeHandle = (h: Handle, tower: number): void => {
          const handle = svg.querySelector(`[data-handle="${h.key}"]`)!;
          handle.setAttribute("aria-valuenow", String(h.value));
          handle.setAttribute("aria-valuemin", String(h.min));
          handle.setAttribute("aria-valuemax", String(h.max));
          handle.setAttribute("aria-valuetext", formatNumber(h.value, 2));
          handle.setAttribute("aria-label", handleName(tower, h.key));
        };
        const draw = (o: TowersOptions): void => {
          g = towersCurves(o, parts);
          root.select(".tw-approx").attr("d", g.approxPath);
          root.select(".tw-towers").attr("d", g.towersPath);
          root.select(".tw-shown").attr("d", g.shownPath);
          setHtml(".tw-marks", offScaleMarkup(g.marks));
          root.select(".tw-rise").attr("d", g.one.risePath);
          root.select(".tw-fall").attr("d", g.one.fallPath);
          root.select(".tw-one").attr("d", g.one.towerPath);
          setHtml(".tw-one-marks", offScaleMarkup(g.one.marks));
          for (const h of g.handles) {
            setHtml(`[data-handle="${h.key}"]`, handleInner(h));
            describeHandle(h, o.tower);
          }
          root.select(".tw-one-readout").text(oneReadout(g, o.tower));
          measuring ??= afterPaint(measure);
        };
        for (const handle of svg.querySelectorAll("[data-handle]")) {
          handle.setAttribute("role", "slider");
          handle.setAttribute("tabindex", "0");
          handle.setAttribute("aria-orientation", handle.getAttribute("data-handle") === "h" ? "vertical" : "horizontal");
        }
        const stop = towerHandles(
          svg,
          frame.width,
          // An adopted figure has drawn nothing yet: its handles' geometry is worked out when one is first taken.
          (key) => (g ??= towersCurves(options(), parts)).handles.find((h) => h.key === key)!,
          (key: HandleKey, v) => {
            const i = options().tower - 1;
            parts[i] = moveHandle(parts[i]!, key, v);
            draw(options());
          },
          (x) => update({ tower: towerAt(parts, x) + 1 }),
        );
        reset.addEventListener("click", () => {
          parts = defaultParts(options());
          draw(options());
        });
        return {
          render(o) {
            if (parts.length !== o.n) parts = defaultParts(o);
            if (towerInput) towerInput.max = String(o.n);
            controls.set(o);
            draw(o);
          },
          adopt(o) {
            parts = defaultParts(o);
            if (towerInput) towerInput.max = String(o.n);
            controls.set(o);
            for (const h of handles(parts[o.tower - 1]!)) describeHandle(h, o.tower);
          },
          destroy() {
            stop();
            measuring?.();
          },
        };
      },
    },
    el,
    input,
  );
}
