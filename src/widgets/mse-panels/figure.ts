import { chartBody } from "../chart/mount-chart.ts";
import { panelsDraw } from "./panels-draw.ts";
import type { PanelsOptions } from "./panels-options.ts";

/** The squared error after a sigmoid figure as the build draws it: the static SVG for validated options. */
export function figure(options: PanelsOptions, id: string): string {
  return chartBody(panelsDraw(options, id));
}
