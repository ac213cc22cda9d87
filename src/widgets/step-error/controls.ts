import type { Mark } from "../chart/mark.ts";
import { sliderMarks } from "../control-marks.ts";
import { stepErrorSpecs, type StepErrorOptions } from "./step-error-options.ts";

/** How a slider shows its value: the step as ε itself, the point to one decimal. */
export const valueText = (key: string, v: number): string => (key === "logEps" ? `ε = ${(10 ** v).toExponential(1)}` : v.toFixed(1));

/** The step-error plot's controls for a state: a slider for the point and for the step, rendered by the build and adopted on mount. */
export function controls(o: StepErrorOptions, id: string): Mark[] {
  return [sliderMarks(stepErrorSpecs, o, id, { format: valueText })];
}
