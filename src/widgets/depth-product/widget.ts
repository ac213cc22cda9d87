import { defineWidget } from "../define-widget.ts";
import { controls } from "./controls.ts";
import { depthOptions, depthSpecs } from "./depth-options.ts";

/** The gradient through depth: what it is, its options, and how it comes alive. */
export default defineWidget({
  name: "depth-product",
  title: "Gradient through depth",
  article: "sigmoid-regression-lstm",
  prefix: "gd",
  id: "depth",
  options: depthSpecs,
  validate: depthOptions,
  live: {
    controls: "sliders for the depth, the weight and the pre-activation, or a drag across the plot, move the curves and the readout",
    panel: controls,
    mount: () => import("./depth-product.ts").then((m) => m.mount),
    height: 537,
  },
});
