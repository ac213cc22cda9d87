import { chartBody } from "../chart/mount-chart.ts";
import { stepErrorDraw } from "./step-error-draw.ts";
import type { StepErrorOptions } from "./step-error-options.ts";

/** The finite-difference step error figure as the build draws it: the static SVG for validated options. */
export function figure(options: StepErrorOptions, id: string): string {
  return chartBody(stepErrorDraw(options, id));
}
