import { sigmoid, type ActivationName } from "./activations.ts";
import { batchGradients } from "./batch-gradients.ts";
import { Mlp, type Init } from "./mlp.ts";
import { ringsDataset, type Dataset } from "./train-race.ts";

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

/** The state the lab draws: the loss so far, the gradient reaching each layer now, and the predicted region. */
export interface LabSnapshot {
  readonly step: number;
  /** Mean cross-entropy before each step taken so far, and now. */
  readonly losses: readonly number[];
  /** Norm of each layer's weight gradient at the current weights, input side first (hidden layers, then the output). */
  readonly gradNorms: readonly number[];
  /** P(inside) on a GRID × GRID lattice over the data's square, row by row from the top. */
  readonly region: readonly number[];
  /** Share of the points classified correctly at the current weights. */
  readonly accuracy: number;
}

/** Side of the lattice the decision region is sampled on. */
export const GRID = 24;
/** Half-width of the square [−EXTENT, EXTENT]² the lab draws. */
export const EXTENT = 1.4;

/** The lab's dataset: the same seeded rings as the training race. */
export const labData: Dataset = ringsDataset();

/** A deterministic trainer for the lab: the same settings give the same numbers in a worker, in a test and at build time. */
export class LabTrainer {
  readonly net: Mlp;
  private readonly losses: number[] = [];
  private norms: number[] = [];
  private steps = 0;
  private correct = 0;

  /** Builds the network from the seed and computes the gradient at the initial weights. */
  constructor(readonly settings: LabSettings) {
    const sizes = [2, ...Array.from({ length: settings.depth }, () => settings.width), 1];
    this.net = new Mlp({ sizes, activation: settings.activation, output: "linear", init: settings.init, seed: settings.seed });
    this.gradients();
  }

  /** Takes n gradient-descent steps. */
  train(n: number): void {
    for (let i = 0; i < n; i++) {
      this.net.sgdStep(this.settings.learningRate);
      this.steps++;
      this.gradients();
    }
  }

  /** Examples pushed through forward and backward so far (one per point per step, the initial gradient included). */
  get examples(): number {
    return (this.steps + 1) * labData.xs.length;
  }

  /** What the lab shows now. */
  snapshot(): LabSnapshot {
    const region: number[] = [];
    for (let r = 0; r < GRID; r++) {
      for (let c = 0; c < GRID; c++) {
        const x = -EXTENT + (2 * EXTENT * (c + 0.5)) / GRID;
        const y = EXTENT - (2 * EXTENT * (r + 0.5)) / GRID;
        region.push(sigmoid(this.net.predict([x, y])[0]!));
      }
    }
    return { step: this.steps, losses: [...this.losses], gradNorms: this.norms, region, accuracy: this.correct / labData.xs.length };
  }

  private gradients(): void {
    const { loss, logits } = batchGradients(this.net, labData.xs, labData.ys);
    this.losses.push(loss);
    this.norms = this.net.gradNorms();
    this.correct = labData.ys.reduce((c, y, i) => c + (logits[i]! > 0 === (y === 1) ? 1 : 0), 0);
  }

}

/** The lab's presets: one-click settings that make the contrast plain within seconds; the article quotes numbers from them. */
export const LAB_PRESETS = {
  sigmoidSmall: { depth: 6, width: 8, activation: "sigmoid", init: "small", learningRate: 1, seed: 1 },
  sigmoidXavier: { depth: 6, width: 8, activation: "sigmoid", init: "xavier", learningRate: 1, seed: 1 },
  tanhXavier: { depth: 6, width: 8, activation: "tanh", init: "xavier", learningRate: 0.1, seed: 1 },
  reluHe: { depth: 6, width: 8, activation: "relu", init: "he", learningRate: 0.1, seed: 1 },
} as const satisfies Record<string, LabSettings>;

const runs = new Map<string, LabSnapshot>();

/** The lab's state after training the given settings for some steps, from a fresh seeded network (cached: runs are deterministic). */
export function labRun(settings: LabSettings, steps: number): LabSnapshot {
  const key = JSON.stringify([settings, steps]);
  const cached = runs.get(key);
  if (cached) return cached;
  const trainer = new LabTrainer(settings);
  trainer.train(steps);
  const snapshot = trainer.snapshot();
  runs.set(key, snapshot);
  return snapshot;
}

/** The first hidden layer's gradient norm over the output layer's: how much of the signal survives the trip down. */
export function gradientRatio(s: LabSnapshot): number {
  return s.gradNorms[0]! / s.gradNorms.at(-1)!;
}
