import { chartBody } from "../chart/mount-chart.ts";
import { softmaxDraw } from "./softmax-draw.ts";
import type { SoftmaxOptions } from "./softmax-options.ts";

/** The softmax bars figure as the build draws it: the static SVG for validated options. */
export function figure(options: SoftmaxOptions, id: string): string {
  return chartBody(softmaxDraw(options, id));
}
