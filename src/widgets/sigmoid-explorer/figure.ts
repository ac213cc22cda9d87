import { chartBody } from "../chart/mount-chart.ts";
import { explorerDraw } from "./explorer-draw.ts";
import type { ExplorerOptions } from "./explorer-options.ts";

/** The sigmoid explorer figure as the build draws it: the static SVG for validated options. */
export function figure(options: ExplorerOptions, id: string): string {
  return chartBody(explorerDraw(options, id));
}
