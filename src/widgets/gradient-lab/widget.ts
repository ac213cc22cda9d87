import { defineWidget } from "../define-widget.ts";
import { controls } from "./controls.ts";
import { labOptions, labSpecs } from "./lab-options.ts";

/** The vanishing-gradient lab: what it is, its options, and how it comes alive. */
export default defineWidget({
  name: "gradient-lab",
  title: "Vanishing-gradient lab",
  article: "backprop-by-hand",
  prefix: "gl",
  id: "lab",
  options: labSpecs,
  validate: labOptions,
  live: {
    controls: "presets, sliders and Train, Pause, Step and Reset buttons train the network live, and the bars, the per-layer history, the loss and the region follow",
    panel: controls,
    mount: () => import("./gradient-lab.ts").then((m) => m.mount),
    height: 1614,
    busy: true,
  },
});
