import katex from "katex";
import { chartBody } from "../chart/mount-chart.ts";
import { STAGE_TEX } from "./stepper-geometry.ts";
import { stepperDraw } from "./stepper-draw.ts";
import type { StepperOptions } from "./stepper-options.ts";

/** The backpropagation stepper figure as the build draws it: the static SVG for validated options. */
export function figure(options: StepperOptions, id: string): string {
  // Typeset once at build time; the live widget keeps these and only changes the numbers.
  const formulas = STAGE_TEX.map((tex) => katex.renderToString(tex, { throwOnError: true, strict: "error" }));
  return chartBody(stepperDraw(options, id, formulas));
}
