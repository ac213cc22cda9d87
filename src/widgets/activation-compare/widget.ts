import { defineWidget } from "../define-widget.ts";
import { controls } from "./controls.ts";
import { compareOptions, compareSpecs } from "./compare-options.ts";

/** σ, tanh and ReLU compared: what it is, its options, and how it comes alive. */
export default defineWidget({
  name: "activation-compare",
  title: "σ, tanh and ReLU compared",
  article: "why-so-sigmoid",
  prefix: "ac",
  id: "compare",
  options: compareSpecs,
  validate: compareOptions,
  live: {
    controls: "a slider or a drag across the plot moves the probe",
    panel: controls,
    mount: () => import("./activation-compare.ts").then((m) => m.mount),
    height: 599,
  },
});
