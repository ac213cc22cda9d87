import { chartBody } from "../chart/mount-chart.ts";
import { zigzagDraw } from "./zigzag-draw.ts";
import type { ZigzagOptions } from "./zigzag-options.ts";

/** The zig-zag of all-positive inputs figure as the build draws it: the static SVG for validated options. */
export function figure(options: ZigzagOptions, id: string): string {
  return chartBody(zigzagDraw(options, id));
}
