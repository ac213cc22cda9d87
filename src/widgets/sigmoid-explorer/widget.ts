import { defineWidget } from "../define-widget.ts";
import { controls } from "./controls.ts";
import { explorerOptions, explorerSpecs } from "./explorer-options.ts";

/** The sigmoid explorer: what it is, its options, and how it comes alive. */
export default defineWidget({
  name: "sigmoid-explorer",
  title: "Sigmoid explorer",
  article: "why-so-sigmoid",
  prefix: "sx",
  id: "explorer",
  options: explorerSpecs,
  validate: explorerOptions,
  live: {
    controls: "sliders change w, b and the probe",
    panel: controls,
    mount: () => import("./sigmoid-explorer.ts").then((m) => m.mount),
    height: 569,
  },
});
