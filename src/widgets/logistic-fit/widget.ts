import { defineWidget } from "../define-widget.ts";
import { controls } from "./controls.ts";
import { fitOptions, fitSpecs } from "./fit-options.ts";

/** The logistic regression as one neuron: what it is, its options, and how it comes alive. */
export default defineWidget({
  name: "logistic-fit",
  title: "Logistic regression as one neuron",
  article: "sigmoid-regression-lstm",
  prefix: "lf",
  id: "fit",
  options: fitSpecs,
  validate: fitOptions,
  live: {
    controls: "sliders set the weight and bias, a drag across the plot moves the boundary, and Train fits them by gradient descent",
    panel: controls,
    mount: () => import("./logistic-fit.ts").then((m) => m.mount),
    height: 503,
  },
});
