import { conceptGeometry, digitPixels } from "./concept-geometry.ts";
import { conceptMarkup } from "./concept-markup.ts";
import type { ConceptOptions } from "./concept-options.ts";

/** The pixel concept detector figure as the build draws it: the static SVG for validated options. */
export function figure(options: ConceptOptions, id: string): string {
  const pixels = digitPixels(options.digit);
  return conceptMarkup(pixels, conceptGeometry(pixels, options.b), id);
}
