import { defineWidget } from "../define-widget.ts";
import { controls } from "./controls.ts";
import { softmaxOptions, softmaxSpecs } from "./softmax-options.ts";

/** The softmax bars: what it is, its options, and how it comes alive. */
export default defineWidget({
  name: "softmax-bars",
  title: "Softmax bars",
  article: "why-so-sigmoid",
  prefix: "sm",
  id: "softmax",
  options: softmaxSpecs,
  validate: softmaxOptions,
  live: {
    controls: "sliders change the log-scores",
    panel: controls,
    mount: () => import("./softmax-bars.ts").then((m) => m.mount),
    height: 443,
  },
});
