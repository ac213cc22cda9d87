import { fitGeometry } from "./fit-geometry.ts";
import { fitMarkup } from "./fit-markup.ts";
import type { FitOptions } from "./fit-options.ts";

/** The logistic regression as one neuron figure as the build draws it: the static SVG for validated options. */
export function figure(options: FitOptions, id: string): string {
  return fitMarkup(fitGeometry(options), id);
}
