import { defineWidget } from "../define-widget.ts";
import { controls } from "./controls.ts";
import { natureOptions, natureSpecs } from "./nature-options.ts";

/** The sigmoids in nature: what it is, its options, and how it comes alive. */
export default defineWidget({
  name: "nature-curves",
  title: "Sigmoids in nature",
  article: "sigmoid-regression-lstm",
  prefix: "nc",
  id: "nature",
  options: natureSpecs,
  validate: natureOptions,
  live: {
    controls: "sliders change the Hill coefficient and the growth rate",
    panel: controls,
    mount: () => import("./nature-curves.ts").then((m) => m.mount),
    height: 463,
  },
});
