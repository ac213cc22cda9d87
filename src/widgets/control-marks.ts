import { h, type AttrValue, type Mark } from "./chart/mark.ts";
import { trueMinus } from "./format-number.ts";
import type { OptionSpecs, OptionsOf } from "./validate-options.ts";

/**
 * Marks a control the build renders: disabled, since without the live widget it does nothing, and flagged so that a
 * control the mount never adopts is found (the same box either way, so adopting it moves nothing).
 */
export const CONTROL_ATTRIBUTE = "data-control";

/** A widget's controls for a state, as the build renders them and the live widget adopts them. */
export type ControlsFn<O> = (options: O, id: string) => readonly Mark[];

/** How a slider shows its value beside its label (every hyphen-minus in it is written as U+2212). */
export type ValueText = (key: string, value: number) => string;

/** What a row of sliders may vary by state: which keys, a maximum that follows another option, a hidden slider. */
export interface SliderOptions<S extends OptionSpecs> {
  readonly keys?: readonly (keyof S & string)[];
  readonly format?: ValueText;
  /** The highest value a slider allows in this state, when it is not its declared maximum (the tower shown ≤ the towers). */
  readonly max?: (key: keyof S & string, options: OptionsOf<S>) => number;
  /** Whether a slider (with its label and value) is hidden in this state (a score that is not free). */
  readonly hidden?: (key: keyof S & string, options: OptionsOf<S>) => boolean;
  /** Controls that sit in the row after the sliders. */
  readonly after?: readonly Mark[];
}

/** A control's element id: the figure's id prefix and the control's name. */
export function controlId(id: string, name: string): string {
  return `${id}-${name}`;
}

/**
 * A row of labelled sliders (a select for an option with named choices), one per option, each showing its value: the
 * markup rangeControls adopts, ids `<id>-<option>`.
 */
export function sliderMarks<S extends OptionSpecs>(specs: S, options: OptionsOf<S>, id: string, settings: SliderOptions<S> = {}): Mark {
  const { keys = Object.keys(specs) as (keyof S & string)[], format = (_, v) => String(v), max, hidden, after = [] } = settings;
  const rows = keys.map((key) => {
    const spec = specs[key]!;
    const value = options[key];
    const at = controlId(id, key);
    const control = spec.choices
      ? h(
          "select",
          { id: at, disabled: true, [CONTROL_ATTRIBUTE]: key },
          spec.choices.map((choice, i) => h("option", { value: i, selected: i === value }, choice)),
        )
      : h("input", { type: "range", id: at, min: spec.min, max: max?.(key, options) ?? spec.max, step: spec.step, value, disabled: true, [CONTROL_ATTRIBUTE]: key });
    // A label may hold one labelable element, and an output is one: label, value and slider are siblings in a row.
    return h("div", { class: "widget-control", hidden: hidden?.(key, options) ?? false }, [h("label", { for: at }, spec.label), !spec.choices && h("output", { for: at }, trueMinus(format(key, value))), control]);
  });
  return h("div", { class: "widget-controls" }, [...rows, ...after]);
}

/** A button the live widget adopts by name (id `<id>-<name>`), disabled until it does. */
export function buttonMark(id: string, name: string, text: string, attrs: Readonly<Record<string, AttrValue>> = {}): Mark {
  const { class: extra, ...rest } = attrs;
  return h("button", { type: "button", class: extra ? `widget-button ${String(extra)}` : "widget-button", id: controlId(id, name), disabled: true, [CONTROL_ATTRIBUTE]: name, ...rest }, text);
}
