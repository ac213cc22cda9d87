import { defineWidget } from "../define-widget.ts";
import { controls } from "./controls.ts";
import { stepErrorOptions, stepErrorSpecs } from "./step-error-options.ts";

/** The finite-difference step error: what it is, its options, and how it comes alive. */
export default defineWidget({
  name: "step-error",
  title: "Finite-difference step error",
  article: "why-so-sigmoid",
  prefix: "se",
  id: "step-error",
  options: stepErrorSpecs,
  validate: stepErrorOptions,
  live: {
    controls: "sliders change the point x and the step size ε",
    panel: controls,
    mount: () => import("./step-error.ts").then((m) => m.mount),
    height: 556,
  },
});
