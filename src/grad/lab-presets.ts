import type { ActivationName } from "./activations.ts";
import type { Init } from "./mlp.ts";

/** What the vanishing-gradient lab trains: a deep network on the rings, by full-batch gradient descent on cross-entropy. */
export interface LabSettings {
  /** Hidden layers, each `width` units wide. */
  readonly depth: number;
  readonly width: number;
  readonly activation: ActivationName;
  readonly init: Init;
  readonly learningRate: number;
  readonly seed: number;
}

/** The lab's presets: one-click settings that make the contrast plain within seconds; the article quotes numbers from them. */
export const LAB_PRESETS = {
  sigmoidSmall: { depth: 6, width: 8, activation: "sigmoid", init: "small", learningRate: 1, seed: 1 },
  sigmoidXavier: { depth: 6, width: 8, activation: "sigmoid", init: "xavier", learningRate: 1, seed: 1 },
  tanhXavier: { depth: 6, width: 8, activation: "tanh", init: "xavier", learningRate: 0.05, seed: 1 },
  reluHe: { depth: 6, width: 8, activation: "relu", init: "he", learningRate: 0.1, seed: 1 },
} as const satisfies Record<string, LabSettings>;
