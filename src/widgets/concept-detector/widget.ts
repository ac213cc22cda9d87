import { defineWidget } from "../define-widget.ts";
import { controls } from "./controls.ts";
import { conceptOptions, conceptSpecs } from "./concept-options.ts";

/** The pixel concept detector: what it is, its options, and how it comes alive. */
export default defineWidget({
  name: "concept-detector",
  title: "Pixel concept detector",
  article: "why-so-sigmoid",
  prefix: "cd",
  id: "concept",
  options: conceptSpecs,
  validate: conceptOptions,
  live: {
    controls: "you can ink and erase pixels, pick a digit, and move the bias",
    panel: controls,
    mount: () => import("./concept-detector.ts").then((m) => m.mount),
    height: 789,
  },
});
