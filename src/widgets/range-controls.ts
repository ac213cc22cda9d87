import type { OptionSpecs, OptionsOf } from "./validate-options.ts";

/** A row of labelled native range inputs, one per declared option, with the value shown beside each label. */
export interface RangeControls<S extends OptionSpecs> {
  readonly element: HTMLDivElement;
  /** Shows new values on the sliders (without firing input events). */
  set(values: OptionsOf<S>): void;
}

/** Builds sliders (or selects, for options with named choices); onInput gets the option's name and new value as the reader moves one. */
export function rangeControls<S extends OptionSpecs>(
  specs: S,
  idPrefix: string,
  onInput: (key: keyof S & string, value: number) => void,
  format: (key: keyof S & string, value: number) => string = (_, v) => String(v),
): RangeControls<S> {
  const element = document.createElement("div");
  element.className = "widget-controls";
  const rows = Object.entries(specs).map(([key, spec]) => {
    const label = document.createElement("label");
    const name = document.createElement("span");
    name.textContent = spec.label;
    const output = document.createElement("output");
    const input = spec.choices ? choiceSelect(spec.choices) : document.createElement("input");
    if (input instanceof HTMLInputElement) Object.assign(input, { type: "range", min: String(spec.min), max: String(spec.max), step: String(spec.step) });
    input.id = `${idPrefix}-${key}`;
    // The output inside the label is labelable too, so name the control explicitly.
    label.htmlFor = input.id;
    output.setAttribute("for", input.id);
    input.addEventListener("input", () => onInput(key, Number(input.value)));
    if (spec.choices) label.append(name, input);
    else label.append(name, output, input);
    element.append(label);
    return { key, input, output };
  });
  return {
    element,
    set(values) {
      for (const { key, input, output } of rows) {
        const v = values[key as keyof S] as number;
        input.value = String(v);
        output.textContent = format(key, v);
      }
    },
  };
}

function choiceSelect(choices: readonly string[]): HTMLSelectElement {
  const select = document.createElement("select");
  choices.forEach((choice, i) => {
    const option = document.createElement("option");
    option.value = String(i);
    option.textContent = choice;
    select.append(option);
  });
  return select;
}
