import { chartBody } from "../chart/mount-chart.ts";
import { compareDraw } from "./compare-draw.ts";
import type { CompareOptions } from "./compare-options.ts";

/** The σ, tanh and ReLU compared figure as the build draws it: the static SVG for validated options. */
export function figure(options: CompareOptions, id: string): string {
  return chartBody(compareDraw(options, id));
}
