import { validateOptions, type OptionSpecs, type OptionsOf } from "../validate-options.ts";

/** Steps in each run of the neuron race. */
export const NEURON_STEPS = 200;

/** The neuron race's options: the (wrong) starting logit, the shared learning rate, and the step being looked at. */
export const neuronRaceSpecs = {
  z0: { min: -10, max: -1, default: -6, step: 0.5, label: "starting logit" },
  learningRate: { min: 0.1, max: 2, default: 1, step: 0.1, label: "learning rate η" },
  step: { min: 0, max: NEURON_STEPS, default: NEURON_STEPS, step: 1, label: "step" },
} as const satisfies OptionSpecs;

/** Validated neuron-race options. */
export type NeuronRaceOptions = OptionsOf<typeof neuronRaceSpecs>;

/** Validates neuron-race options; the step is rounded to a whole step. */
export function neuronRaceOptions(input: Readonly<Record<string, unknown>> = {}, warn?: (m: string) => void): NeuronRaceOptions {
  const o = validateOptions("neuron-race", neuronRaceSpecs, input, warn);
  return { ...o, step: Math.round(o.step) };
}
