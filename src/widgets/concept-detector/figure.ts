import { chartBody } from "../chart/mount-chart.ts";
import { conceptDraw } from "./concept-draw.ts";
import { digitPixels } from "./concept-geometry.ts";
import type { ConceptOptions } from "./concept-options.ts";

/** The pixel concept detector figure as the build draws it: the static SVG for validated options. */
export function figure(options: ConceptOptions, id: string): string {
  return chartBody(conceptDraw(digitPixels(options.digit), options.b, id, true));
}
