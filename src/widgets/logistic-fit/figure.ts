import { chartBody } from "../chart/mount-chart.ts";
import { fitDraw } from "./fit-draw.ts";
import type { FitOptions } from "./fit-options.ts";

/** The logistic regression as one neuron figure as the build draws it: the static SVG for validated options. */
export function figure(options: FitOptions, id: string): string {
  return chartBody(fitDraw(options, id));
}
