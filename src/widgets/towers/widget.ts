import { defineWidget } from "../define-widget.ts";
import { controls } from "./controls.ts";
import { towersOptions, towersSpecs } from "./towers-options.ts";

/** The towers from sigmoids: what it is, its options, and how it comes alive. */
export default defineWidget({
  name: "towers",
  title: "Towers from sigmoids",
  article: "why-so-sigmoid",
  prefix: "tw",
  id: "towers",
  options: towersSpecs,
  validate: towersOptions,
  live: {
    controls: "sliders change the number of towers, their steepness and the tower shown, handles drag that tower's walls and height, and a click shows another tower",
    panel: controls,
    mount: () => import("./towers.ts").then((m) => m.mount),
    height: 482,
  },
});
