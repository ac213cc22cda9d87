import { stepErrorGeometry } from "./step-error-geometry.ts";
import { stepErrorMarkup } from "./step-error-markup.ts";
import type { StepErrorOptions } from "./step-error-options.ts";

/** The finite-difference step error figure as the build draws it: the static SVG for validated options. */
export function figure(options: StepErrorOptions, id: string): string {
  return stepErrorMarkup(stepErrorGeometry(options), id);
}
