import { depthGeometry } from "./depth-geometry.ts";
import { depthMarkup } from "./depth-markup.ts";
import type { DepthOptions } from "./depth-options.ts";

/** The gradient through depth figure as the build draws it: the static SVG for validated options. */
export function figure(options: DepthOptions, id: string): string {
  return depthMarkup(depthGeometry(options), id);
}
