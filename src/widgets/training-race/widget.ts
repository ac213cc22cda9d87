import { defineWidget } from "../define-widget.ts";
import { controls } from "./controls.ts";
import { raceOptions, raceSpecs } from "./race-options.ts";

/** The training race: what it is, its options, and how it comes alive. */
export default defineWidget({
  name: "training-race",
  title: "Training race",
  article: "why-so-sigmoid",
  prefix: "tr",
  id: "race",
  options: raceSpecs,
  validate: raceOptions,
  live: {
    controls: "Play, Pause, Resume and Reset buttons train the three networks live, the step slider trains them to any step, and a multiplier scales every learning rate",
    panel: controls,
    mount: () => import("./training-race.ts").then((m) => m.mount),
    height: 543,
    busy: true,
  },
});
