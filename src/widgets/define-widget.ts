/// <reference types="vite/client" />
import { attributeWarnings } from "../embed/attribute-warnings.ts";
import { embedTag } from "../embed/embed-tag.ts";
import type { ControlsFn } from "./control-marks.ts";
import { validateOptions, type OptionSpecs, type OptionsOf } from "./validate-options.ts";
import type { MountFn } from "./widget.ts";

/** Props every widget figure takes besides its options: its caption, its element-id prefix and its figure label. */
export const FIGURE_PROPS = ["caption", "id", "label"] as const;

/** Names an option may not take: the figure's own props, and attributes the embed or the page keep. */
const RESERVED = new Set<string>([...FIGURE_PROPS, "theme", "class", "style", "slot", "title", "hidden", "lang", "dir"]);

/** What a widget is, declared once in its folder's widget.ts: its island, static figure, embed and option rules derive from it. */
export interface WidgetDefinition<S extends OptionSpecs> {
  /** Its folder under src/widgets, in kebab case: the embed is <sg-name>, the iframe page /embed/name/. */
  readonly name: string;
  /** Its title in the embed guide, on its iframe page and in the embed's source link. */
  readonly title: string;
  /** Slug of the article it comes from (the embed's source link). */
  readonly article: string;
  /** Class prefix of its parts (.sx-svg, .sx-desc), also the class of its container. */
  readonly prefix: string;
  /** Element-id prefix when an article gives no `id`. */
  readonly id: string;
  /** Its options, with ranges, steps, defaults and labels (empty for a figure without options). */
  readonly options: S;
  /** Its own validation, when it does more than check the ranges (rounds counts to whole numbers); it must apply the ranges too. */
  readonly validate?: (input: Readonly<Record<string, unknown>>, warn?: (message: string) => void) => OptionsOf<S>;
  /** How the figure comes alive; a still figure (drawn at build only, not embeddable) has none. */
  readonly live?: {
    /** What the reader controls with JavaScript on, said to readers without it. */
    readonly controls: string;
    /** Its controls for a state (the folder's controls.ts): the build renders them, disabled, before the figure; the mount adopts them. */
    panel(options: OptionsOf<S>, id: string): ReturnType<ControlsFn<OptionsOf<S>>>;
    /** Loads the mount factory, only when a figure is near the viewport. */
    readonly mount: () => Promise<MountFn<unknown>>;
    /** Iframe height in CSS px until scripts/measure-embeds.ts has measured the page. */
    readonly height: number;
    /**
     * Whether it says when it is at work by aria-busy (a trainer): the build then writes aria-busy="false" on its element,
     * so that hydrating writes nothing there (the write restyled the figure and laid the page out once).
     */
    readonly busy?: boolean;
  };
}

/** A widget's manifest: its definition plus everything derived from it. */
export interface WidgetManifest<S extends OptionSpecs = OptionSpecs> extends WidgetDefinition<S> {
  /** Its Astro component's name, the folder's name in PascalCase (SigmoidExplorer.astro). */
  readonly component: string;
  /** Validates options: unknown or non-numeric names throw listing what is allowed; out of range is clamped with a warning. */
  validate(input: Readonly<Record<string, unknown>>, warn?: (message: string) => void): OptionsOf<S>;
  /** The embed's attribute for each option (logEps → log-eps). */
  readonly attributes: ReadonlyMap<string, keyof S & string>;
  /** Warnings for attributes a host page sets that the embed does not know (camelCase ones get the name meant). */
  attributeWarnings(present: readonly string[]): string[];
  /** What is wrong with one option an article writes as a number, or null when it is an option within its range. */
  optionProblem(key: string, value: number): string | null;
}

/** The props a widget's Astro component takes: its options, each optional, and the figure props. */
export type WidgetProps<M> = M extends WidgetManifest<infer S> ? Partial<OptionsOf<S>> & { caption?: string; id?: string; label?: string } : never;

/** A widget's static figure: the markup the build draws for the given options. */
export type FigureFn<O> = (options: O, id: string) => string;

/** The HTML attribute for an option: learningRate → learning-rate. */
export function attributeName(option: string): string {
  return option.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
}

/** The Astro component name for a folder: sigmoid-explorer → SigmoidExplorer. */
export function componentName(folder: string): string {
  return folder.replace(/(^|-)([a-z0-9])/g, (_, _dash: string, c: string) => c.toUpperCase());
}

/** Every mistake in a definition, so that a bad manifest stops at import with all of them listed. */
function definitionProblems<S extends OptionSpecs>(d: WidgetDefinition<S>): string[] {
  const problems: string[] = [];
  if (!/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/.test(d.name)) problems.push(`name "${d.name}" must be kebab case (sigmoid-explorer)`);
  if (!/^[a-z]{2,4}$/.test(d.prefix)) problems.push(`prefix "${d.prefix}" must be 2 to 4 lowercase letters`);
  if (!/^[A-Za-z][A-Za-z0-9-]{0,63}$/.test(d.id)) problems.push(`id "${d.id}" must be a plain name`);
  if (d.title.trim() === "") problems.push("title is empty");
  if (d.live && !(Number.isInteger(d.live.height) && d.live.height >= 100)) problems.push(`live.height ${d.live.height} must be a whole number of px, 100 or more`);
  for (const [key, s] of Object.entries(d.options)) {
    const at = `option "${key}"`;
    if (!/^[a-z][a-zA-Z0-9]*$/.test(key)) problems.push(`${at}: names are camelCase (learningRate), the attribute is derived (learning-rate)`);
    if (RESERVED.has(key)) problems.push(`${at}: the name is kept for the figure or the page`);
    if (![s.min, s.max, s.default, s.step].every(Number.isFinite)) problems.push(`${at}: min, max, default and step must be finite numbers`);
    else {
      if (!(s.min < s.max)) problems.push(`${at}: min ${s.min} must be below max ${s.max}`);
      if (s.default < s.min || s.default > s.max) problems.push(`${at}: default ${s.default} is outside ${s.min} to ${s.max}`);
      if (!(s.step > 0) || s.step > s.max - s.min) problems.push(`${at}: step ${s.step} must be positive and at most the range`);
    }
    if (s.label.trim() === "") problems.push(`${at}: label is empty`);
    if (s.choices && (s.min !== 0 || s.max !== s.choices.length - 1 || s.step !== 1 || !Number.isInteger(s.default))) {
      problems.push(`${at}: a choice runs 0 to ${s.choices.length - 1} in steps of 1 with a whole default`);
    }
  }
  return problems;
}

/**
 * Declares a widget: checks the definition (a bad one throws, listing every problem) and derives its validation,
 * embed attributes and content-check rules, so that nothing about the widget is written twice.
 */
export function defineWidget<const S extends OptionSpecs>(definition: WidgetDefinition<S>): WidgetManifest<S> {
  // Every manifest is checked where it is first imported: at build, in dev and in the tests. The production bundle
  // carries only manifests the build has checked, so it leaves the check out.
  const problems = import.meta.env?.PROD === true && import.meta.env.SSR === false ? [] : definitionProblems(definition);
  if (problems.length > 0) throw new Error(`defineWidget("${definition.name}"): ${problems.join("; ")}`);
  const attributes = new Map(Object.keys(definition.options).map((key) => [attributeName(key), key as keyof S & string]));
  const known = [...attributes.keys(), "theme"];
  const tag = embedTag(definition.name);
  return Object.freeze({
    ...definition,
    component: componentName(definition.name),
    attributes,
    validate: definition.validate ?? ((input: Readonly<Record<string, unknown>>, warn?: (message: string) => void) => validateOptions(definition.name, definition.options, input, warn)),
    attributeWarnings: (present: readonly string[]) => attributeWarnings(tag, present, known),
    optionProblem(key: string, value: number): string | null {
      const spec = Object.hasOwn(definition.options, key) ? definition.options[key] : undefined;
      if (!spec) return `has no option "${key}"`;
      if (value >= spec.min && value <= spec.max && (!spec.choices || Number.isInteger(value))) return null;
      const range = spec.choices ? spec.choices.map((c, i) => `${i} = ${c}`).join(", ") : `${spec.min} to ${spec.max}`;
      return `option "${key}" = ${value} is outside ${range} (${spec.label})`;
    },
  });
}
