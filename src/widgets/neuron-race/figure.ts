import { chartBody } from "../chart/mount-chart.ts";
import { neuronRaceDraw } from "./neuron-race-draw.ts";
import type { NeuronRaceOptions } from "./neuron-race-options.ts";

/** The single-neuron race: MSE against cross-entropy figure as the build draws it: the static SVG for validated options. */
export function figure(options: NeuronRaceOptions, id: string): string {
  return chartBody(neuronRaceDraw(options, id));
}
