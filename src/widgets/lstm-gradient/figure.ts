import { lstmGeometry } from "./lstm-geometry.ts";
import { lstmMarkup } from "./lstm-markup.ts";
import type { LstmOptions } from "./lstm-options.ts";

/** The LSTM cell state against a tanh RNN figure as the build draws it: the static SVG for validated options. */
export function figure(options: LstmOptions, id: string): string {
  return lstmMarkup(lstmGeometry(options), id);
}
