import { defineWidget } from "../define-widget.ts";

/** The LSTM cell diagram: a still figure of the cell unrolled over two steps, drawn at build only. */
export default defineWidget({
  name: "lstm-cell",
  title: "LSTM cell unrolled",
  article: "sigmoid-regression-lstm",
  prefix: "lc",
  id: "lstm-cell",
  options: {},
});
