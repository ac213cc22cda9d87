import { defineWidget } from "../define-widget.ts";
import { controls } from "./controls.ts";
import { lstmOptions, lstmSpecs } from "./lstm-options.ts";

/** The LSTM cell state against a tanh RNN: what it is, its options, and how it comes alive. */
export default defineWidget({
  name: "lstm-gradient",
  title: "LSTM cell state against a tanh RNN",
  article: "sigmoid-regression-lstm",
  prefix: "lg",
  id: "lstm",
  options: lstmSpecs,
  validate: lstmOptions,
  live: {
    controls: "sliders set the length, the forget gate, the gates' recurrent weight and the RNN's weight, and a drag across the plot sets the length",
    panel: controls,
    mount: () => import("./lstm-gradient.ts").then((m) => m.mount),
    height: 555,
  },
});
