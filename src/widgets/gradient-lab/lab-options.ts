import type { ActivationName } from "../../grad/activations.ts";
import { LAB_PRESETS, type LabSettings } from "../../grad/lab-presets.ts";
import type { Init } from "../../grad/mlp.ts";
import { validateOptions, type OptionSpecs, type OptionsOf } from "../validate-options.ts";

const ACTIVATIONS: readonly ActivationName[] = ["sigmoid", "tanh", "relu"];
const INITS: readonly Init[] = ["small", "xavier", "he"];

/** The lab's options: the network, how it starts, and how it learns. */
export const labSpecs = {
  depth: { min: 2, max: 10, default: 6, step: 1, label: "hidden layers" },
  width: { min: 2, max: 16, default: 8, step: 1, label: "units per layer" },
  activation: { min: 0, max: 2, default: 0, step: 1, label: "activation", choices: ["sigmoid", "tanh", "ReLU"] },
  init: { min: 0, max: 2, default: 0, step: 1, label: "initial weights", choices: ["small (σ = 0.01)", "Xavier/Glorot", "He"] },
  learningRate: { min: 0.01, max: 3, default: 1, step: 0.01, label: "learning rate η" },
  seed: { min: 1, max: 50, default: 1, step: 1, label: "seed" },
} as const satisfies OptionSpecs;

/** Validated lab options. */
export type LabOptions = OptionsOf<typeof labSpecs>;

/** Validates lab options; counts and the seed are rounded to whole numbers. */
export function labOptions(input: Readonly<Record<string, unknown>> = {}, warn?: (m: string) => void): LabOptions {
  const o = validateOptions("gradient-lab", labSpecs, input, warn);
  return { ...o, depth: Math.round(o.depth), width: Math.round(o.width), seed: Math.round(o.seed) };
}

/** The trainer's settings for validated options. */
export function labSettings(o: LabOptions): LabSettings {
  return { depth: o.depth, width: o.width, activation: ACTIVATIONS[o.activation]!, init: INITS[o.init]!, learningRate: o.learningRate, seed: o.seed };
}

/** The options that reproduce a trainer's settings (the inverse of labSettings). */
export function optionsOf(settings: LabSettings): LabOptions {
  return { ...settings, activation: ACTIVATIONS.indexOf(settings.activation), init: INITS.indexOf(settings.init) };
}

/** The presets offered as buttons, with their labels. */
export const LAB_BUTTONS: readonly { readonly name: string; readonly options: LabOptions }[] = [
  { name: "Sigmoid, small weights", options: optionsOf(LAB_PRESETS.sigmoidSmall) },
  { name: "Sigmoid, Xavier", options: optionsOf(LAB_PRESETS.sigmoidXavier) },
  { name: "tanh, Xavier", options: optionsOf(LAB_PRESETS.tanhXavier) },
  { name: "ReLU, He", options: optionsOf(LAB_PRESETS.reluHe) },
];
