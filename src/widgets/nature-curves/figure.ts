import { chartBody } from "../chart/mount-chart.ts";
import { natureDraw } from "./nature-draw.ts";
import type { NatureOptions } from "./nature-options.ts";

/** The sigmoids in nature figure as the build draws it: the static SVG for validated options. */
export function figure(options: NatureOptions, id: string): string {
  return chartBody(natureDraw(options, id));
}
