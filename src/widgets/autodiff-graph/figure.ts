import { chartBody } from "../chart/mount-chart.ts";
import { autodiffDraw } from "./autodiff-draw.ts";
import type { AutodiffOptions } from "./autodiff-options.ts";

/** The autodiff graph figure as the build draws it: the static SVG for validated options. */
export function figure(options: AutodiffOptions, id: string): string {
  return chartBody(autodiffDraw(options, id));
}
