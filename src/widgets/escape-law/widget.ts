import { defineWidget } from "../define-widget.ts";

/** The escape law: a still figure of the steps squared error needs against the start logit, drawn at build only. */
export default defineWidget({
  name: "escape-law",
  title: "Escape time of squared error",
  article: "mse-after-sigmoid",
  prefix: "el",
  id: "escape-law",
  options: {},
});
