import { defineWidget } from "../define-widget.ts";
import { controls } from "./controls.ts";
import { neuronRaceOptions, neuronRaceSpecs } from "./neuron-race-options.ts";

/** The single-neuron race of MSE against cross-entropy: what it is, its options, and how it comes alive. */
export default defineWidget({
  name: "neuron-race",
  title: "Single-neuron race: MSE against cross-entropy",
  article: "mse-after-sigmoid",
  prefix: "nr",
  id: "neuron-race",
  options: neuronRaceSpecs,
  validate: neuronRaceOptions,
  live: {
    controls: "you can scrub the steps, change the start and the learning rate, and play the race",
    panel: controls,
    mount: () => import("./neuron-race.ts").then((m) => m.mount),
    height: 630,
  },
});
