import { chartBody } from "../chart/mount-chart.ts";
import { depthDraw } from "./depth-draw.ts";
import type { DepthOptions } from "./depth-options.ts";

/** The gradient through depth figure as the build draws it: the static SVG for validated options. */
export function figure(options: DepthOptions, id: string): string {
  return chartBody(depthDraw(options, id));
}
