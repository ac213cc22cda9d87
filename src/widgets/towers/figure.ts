import { towersGeometry } from "./towers-geometry.ts";
import { towersMarkup } from "./towers-markup.ts";
import type { TowersOptions } from "./towers-options.ts";

/** The towers from sigmoids figure as the build draws it: the static SVG for validated options, with its shown tower. */
export function figure(options: TowersOptions, id: string): string {
  return towersMarkup(towersGeometry(options), id, options.tower);
}
