import { defineWidget } from "../define-widget.ts";
import { controls } from "./controls.ts";
import { panelsOptions, panelsSpecs } from "./panels-options.ts";

/** The squared error after a sigmoid: what it is, its options, and how it comes alive. */
export default defineWidget({
  name: "mse-panels",
  title: "Squared error after a sigmoid",
  article: "mse-after-sigmoid",
  prefix: "mp",
  id: "panels",
  options: panelsSpecs,
  validate: panelsOptions,
  live: {
    controls: "sliders and a drag in any panel move the shared probe and the target, and a switch adds cross-entropy",
    panel: controls,
    mount: () => import("./mse-panels.ts").then((m) => m.mount),
    height: 1027,
  },
});
