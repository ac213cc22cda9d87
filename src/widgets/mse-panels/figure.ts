import { panelsGeometry } from "./panels-geometry.ts";
import { panelsMarkup } from "./panels-markup.ts";
import type { PanelsOptions } from "./panels-options.ts";

/** The squared error after a sigmoid figure as the build draws it: the static SVG for validated options. */
export function figure(options: PanelsOptions, id: string): string {
  return panelsMarkup(panelsGeometry(options), panelsGeometry(options, "tall"), id);
}
