import { defineWidget } from "../define-widget.ts";
import { controls } from "./controls.ts";
import { stepperOptions, stepperSpecs } from "./stepper-options.ts";

/** The backpropagation stepper: what it is, its options, and how it comes alive. */
export default defineWidget({
  name: "backprop-stepper",
  title: "Backpropagation stepper",
  article: "backprop-by-hand",
  prefix: "bp",
  id: "stepper",
  options: stepperSpecs,
  validate: stepperOptions,
  live: {
    controls: "Start over, Back and Next walk through the stages one at a time, and sliders change the input, target, weights and learning rate",
    panel: controls,
    mount: () => import("./backprop-stepper.ts").then((m) => m.mount),
    height: 1490,
  },
});
