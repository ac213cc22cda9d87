import { neuronRaceGeometry } from "./neuron-race-geometry.ts";
import { neuronRaceMarkup } from "./neuron-race-markup.ts";
import type { NeuronRaceOptions } from "./neuron-race-options.ts";

/** The single-neuron race: MSE against cross-entropy figure as the build draws it: the static SVG for validated options. */
export function figure(options: NeuronRaceOptions, id: string): string {
  return neuronRaceMarkup(neuronRaceGeometry(options), id);
}
