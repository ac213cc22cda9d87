import { defineWidget } from "../define-widget.ts";

/** The depth sweep: a still figure of the lab's loss after its training run against depth, drawn at build only. */
export default defineWidget({
  name: "depth-sweep",
  title: "Loss against depth",
  article: "backprop-by-hand",
  prefix: "ds",
  id: "depth-sweep",
  options: {},
});
