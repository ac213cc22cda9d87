import { defineWidget } from "../define-widget.ts";
import { controls } from "./controls.ts";
import { autodiffOptions, autodiffSpecs } from "./autodiff-options.ts";

/** The autodiff graph: what it is, its options, and how it comes alive. */
export default defineWidget({
  name: "autodiff-graph",
  title: "Autodiff graph",
  article: "why-so-sigmoid",
  prefix: "ad",
  id: "autodiff",
  options: autodiffSpecs,
  validate: autodiffOptions,
  live: {
    controls: "sliders and buttons walk through the forward and backward passes",
    panel: controls,
    mount: () => import("./autodiff-graph.ts").then((m) => m.mount),
    height: 815,
  },
});
