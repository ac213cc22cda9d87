import katex from "katex";
import { STAGE_TEX, stepperGeometry } from "./stepper-geometry.ts";
import { stepperMarkup } from "./stepper-markup.ts";
import type { StepperOptions } from "./stepper-options.ts";

/** The backpropagation stepper figure as the build draws it: the static SVG for validated options. */
export function figure(options: StepperOptions, id: string): string {
  // Typeset once at build time; the live widget keeps these and only changes the numbers.
  const formulas = STAGE_TEX.map((tex) => katex.renderToString(tex, { throwOnError: true, strict: "error" }));
  return stepperMarkup(stepperGeometry(options), id, formulas);
}
