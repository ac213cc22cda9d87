import { adoptControl } from "./adopt-control.ts";
import type { ValueText } from "./control-marks.ts";
import { trueMinus } from "./format-number.ts";
import type { OptionSpecs, OptionsOf } from "./validate-options.ts";

/** The sliders (sliderMarks) the build rendered for some options, adopted by the live widget. */
export interface RangeControls<S extends OptionSpecs> {
  /** The row that holds them. */
  readonly element: HTMLElement;
  /** Shows new values on the sliders and their outputs (without firing input events), writing only those that changed. */
  set(values: OptionsOf<S>): void;
}

/**
 * Adopts the sliders (or selects, for options with named choices) the build rendered inside el, one per declared
 * option, ids `<idPrefix>-<option>`; onInput gets the option's name and new value as the reader moves one. A slider
 * missing from the markup throws.
 */
export function rangeControls<S extends OptionSpecs>(
  el: HTMLElement,
  specs: S,
  idPrefix: string,
  onInput: (key: keyof S & string, value: number) => void,
  format: ValueText = (_, v) => String(v),
): RangeControls<S> {
  const rows = (Object.keys(specs) as (keyof S & string)[]).map((key) => {
    const input = adoptControl<HTMLInputElement | HTMLSelectElement>(el, idPrefix, key);
    input.addEventListener("input", () => onInput(key, Number(input.value)));
    return { key, input, output: input.closest(".widget-control")?.querySelector("output") ?? null };
  });
  return {
    element: rows[0]?.input.closest<HTMLElement>(".widget-controls") ?? el,
    set(values) {
      for (const { key, input, output } of rows) {
        const v = values[key as keyof S] as number;
        // Writing a control's value, even the same one, repaints it and lays its row out again: only changed ones are written.
        if (input.value !== String(v)) input.value = String(v);
        const text = trueMinus(format(key, v));
        if (output && output.textContent !== text) output.textContent = text;
      }
    },
  };
}
