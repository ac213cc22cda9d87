import { mountChart } from "../chart/mount-chart.ts";
import { rangeControls } from "../range-controls.ts";
import type { Widget } from "../widget.ts";
import { stepErrorDraw } from "./step-error-draw.ts";
import { controls as panel, valueText } from "./controls.ts";
import { stepErrorOptions, stepErrorSpecs, type StepErrorOptions } from "./step-error-options.ts";

/** Mounts the live step-error plot on an element (adopting its static figure if the build rendered one). */
export function mount(el: HTMLElement, input: Readonly<Record<string, unknown>> = {}): Widget<StepErrorOptions> {
  return mountChart(
    {
      prefix: "se",
      validate: (i) => stepErrorOptions(i),
      draw: stepErrorDraw,
      controls: panel,
      setup({ el, id, update }) {
        const controls = rangeControls(el, stepErrorSpecs, id, (key, value) => update({ [key]: value }), valueText);
        return { sync: controls.set };
      },
    },
    el,
    input,
  );
}
