import { autodiffGeometry } from "./autodiff-geometry.ts";
import { autodiffMarkup } from "./autodiff-markup.ts";
import type { AutodiffOptions } from "./autodiff-options.ts";

/** The autodiff graph figure as the build draws it: the static SVG for validated options. */
export function figure(options: AutodiffOptions, id: string): string {
  return autodiffMarkup(autodiffGeometry(options), id);
}
