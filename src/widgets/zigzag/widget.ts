import { defineWidget } from "../define-widget.ts";
import { controls } from "./controls.ts";
import { zigzagOptions, zigzagSpecs } from "./zigzag-options.ts";

/** The zig-zag of all-positive inputs: what it is, its options, and how it comes alive. */
export default defineWidget({
  name: "zigzag",
  title: "Zig-zag of all-positive inputs",
  article: "sigmoid-regression-lstm",
  prefix: "zz",
  id: "zigzag",
  options: zigzagSpecs,
  validate: zigzagOptions,
  live: {
    controls: "sliders set the learning rate and the step, and Play from the start replays both paths",
    panel: controls,
    mount: () => import("./zigzag.ts").then((m) => m.mount),
    height: 696,
  },
});
