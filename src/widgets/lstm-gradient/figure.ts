import { chartBody } from "../chart/mount-chart.ts";
import { lstmDraw } from "./lstm-draw.ts";
import type { LstmOptions } from "./lstm-options.ts";

/** The LSTM cell state against a tanh RNN figure as the build draws it: the static SVG for validated options. */
export function figure(options: LstmOptions, id: string): string {
  return chartBody(lstmDraw(options, id));
}
