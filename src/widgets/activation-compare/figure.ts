import { compareGeometry } from "./compare-geometry.ts";
import { compareMarkup } from "./compare-markup.ts";
import type { CompareOptions } from "./compare-options.ts";

/** The σ, tanh and ReLU compared figure as the build draws it: the static SVG for validated options. */
export function figure(options: CompareOptions, id: string): string {
  return compareMarkup(compareGeometry(options), id);
}
