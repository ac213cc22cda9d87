import { defineWidget } from "../define-widget.ts";
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
    controls: "you can scrub through the steps, change the learning rate, and play the race",
    mount: () => import("./training-race.ts").then((m) => m.mount),
    height: 543,
  },
});
