import { mountChart } from "../chart/mount-chart.ts";
import { rangeControls } from "../range-controls.ts";
import type { Widget } from "../widget.ts";
import { stepErrorDraw } from "./step-error-draw.ts";
import { stepErrorOptions, stepErrorSpecs, type StepErrorOptions } from "./step-error-options.ts";

/** Mounts the live step-error plot on an element (adopting its static figure if the build rendered one). */
export function mount(el: HTMLElement, input: Readonly<Record<string, unknown>> = {}): Widget<StepErrorOptions> {
  return mountChart(
    {
      prefix: "se",
      validate: (i) => stepErrorOptions(i),
      draw: stepErrorDraw,
      setup({ el, id, update }) {
        const label = (key: string, v: number) => (key === "logEps" ? `ε = ${(10 ** v).toExponential(1)}` : v.toFixed(1));
        const controls = rangeControls(stepErrorSpecs, id, (key, value) => update({ [key]: value }), label);
        el.prepend(controls.element);
        return { sync: controls.set };
      },
    },
    el,
    input,
  );
}
