import katex from "katex";
import { MATHS_TEXT } from "../maths-text.ts";
import { chartBody } from "../chart/mount-chart.ts";
import { escapeHtml } from "../escape-html.ts";
import { STAGE_FORMULAS, STAGE_TEX } from "./stepper-geometry.ts";
import { stepperDraw } from "./stepper-draw.ts";
import type { StepperOptions } from "./stepper-options.ts";

/** The backpropagation stepper figure as the build draws it: the static SVG for validated options. */
export function figure(options: StepperOptions, id: string): string {
  // Typeset once at build time; the live widget keeps these and only changes the numbers. Each comes with its plain-text
  // twin, which the stylesheet shows instead inside an embed's shadow root (where KaTeX's stylesheet and fonts are not),
  // so that the embed adopts this figure as it is rather than drawing it again with text formulas.
  const formulas = STAGE_TEX.map((tex, i) => `${katex.renderToString(tex, { throwOnError: true, strict: "error" })}<span class="${MATHS_TEXT}">${escapeHtml(STAGE_FORMULAS[i]!)}</span>`);
  return chartBody(stepperDraw(options, id, formulas));
}
