import { chartBody } from "../chart/mount-chart.ts";
import { towersDraw } from "./towers-draw.ts";
import type { TowersOptions } from "./towers-options.ts";

/** The towers from sigmoids figure as the build draws it: the static SVG for validated options, with its shown tower (its handles pictures only). */
export function figure(options: TowersOptions, id: string): string {
  return chartBody(towersDraw(options, id));
}
