import { batchGradients } from "./batch-gradients.ts";
import { decisionRegion } from "./decision-region.ts";
import { Mlp } from "./mlp.ts";
import { lazyDataset, ringsDataset, type Dataset } from "./rings-dataset.ts";
import { EXTENT, GRID } from "./region-grid.ts";
import { LAB_PRESETS, type LabSettings } from "./lab-presets.ts";

/** The state the lab draws: the loss so far, the gradient reaching each layer now, and the predicted region. */
export interface LabSnapshot {
  readonly step: number;
  /** Mean cross-entropy before each step taken so far, and now. */
  readonly losses: readonly number[];
  /** Norm of each layer's weight gradient at the current weights, input side first (hidden layers, then the output). */
  readonly gradNorms: readonly number[];
  /** Each layer's gradient norm before each step taken so far, and now: normHistory[layer][step]. */
  readonly normHistory: readonly (readonly number[])[];
  /** P(inside) on a GRID × GRID lattice over the data's square, row by row from the top; null when not asked for. */
  readonly region: Float32Array | null;
  /** Share of the points classified correctly at the current weights. */
  readonly accuracy: number;
}

// The lattice and the presets live in modules of their own, so that a figure or a setup can use them without the trainer.
export { EXTENT, GRID, LAB_PRESETS, type LabSettings };

/** The lab's dataset: the same seeded rings as the training race. */
export const labData: Dataset = lazyDataset(() => ringsDataset());

/** A deterministic trainer for the lab: the same settings give the same numbers in a worker, in a test and at build time. */
export class LabTrainer {
  readonly net: Mlp;
  private readonly losses: number[] = [];
  private norms: number[] = [];
  private readonly history: number[][] = [];
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

  /** Steps taken so far. */
  get step(): number {
    return this.steps;
  }

  /** Examples pushed through forward and backward so far (one per point per step, the initial gradient included). */
  get examples(): number {
    return (this.steps + 1) * labData.xs.length;
  }

  /** What the lab shows now; the region (4096 forward passes) only when asked for. */
  snapshot(withRegion = true): LabSnapshot {
    return {
      step: this.steps,
      losses: [...this.losses],
      gradNorms: this.norms,
      normHistory: this.history.map((h) => [...h]),
      region: withRegion ? this.region() : null,
      accuracy: this.correct / labData.xs.length,
    };
  }

  private region(): Float32Array {
    return decisionRegion(this.net, GRID, EXTENT);
  }

  private gradients(): void {
    const { loss, logits } = batchGradients(this.net, labData.xs, labData.ys);
    this.losses.push(loss);
    this.norms = this.net.gradNorms();
    this.norms.forEach((n, i) => (this.history[i] ??= []).push(n));
    this.correct = labData.ys.reduce((c, y, i) => c + (logits[i]! > 0 === (y === 1) ? 1 : 0), 0);
  }

}


const runs = new Map<string, LabSnapshot>();
const trainers = new Map<string, LabTrainer>();

/**
 * The lab's state after training the given settings for some steps, from a fresh seeded network (cached: runs are
 * deterministic, and a longer run carries on from the longest one trained so far, as n steps then m are n + m steps).
 */
export function labRun(settings: LabSettings, steps: number): LabSnapshot {
  const key = JSON.stringify([settings, steps]);
  const cached = runs.get(key);
  if (cached) return cached;
  const id = JSON.stringify(settings);
  let trainer = trainers.get(id);
  if (!trainer || trainer.step > steps) trainer = new LabTrainer(settings);
  trainer.train(steps - trainer.step);
  trainers.set(id, trainer);
  const snapshot = trainer.snapshot();
  runs.set(key, snapshot);
  return snapshot;
}

/** The first hidden layer's gradient norm over the output layer's: how much of the signal survives the trip down. */
export function gradientRatio(s: LabSnapshot): number {
  return s.gradNorms[0]! / s.gradNorms.at(-1)!;
}

/** The loss's largest jump in a run: from the low before its steepest one-step rise, to the peak, and back below that low. */
export interface LossJump {
  /** Step of the low the rise starts from, and its loss. */
  readonly fromStep: number;
  readonly from: number;
  /** Step of the peak, and its loss. */
  readonly peakStep: number;
  readonly peak: number;
  /** First step after the peak whose loss is back at or below the low (NaN if it never is). */
  readonly backStep: number;
  /** The steepest one-step rise (0 when the loss never rises). */
  readonly rise: number;
}

/** Finds the largest jump in a loss curve (losses[i] before step i+1), so the text can say where a run misbehaves. */
export function lossJump(losses: readonly number[]): LossJump {
  let steepest = 0;
  let at = 0;
  for (let i = 1; i < losses.length; i++) {
    const rise = losses[i]! - losses[i - 1]!;
    if (rise > steepest) [steepest, at] = [rise, i];
  }
  let from = Math.max(0, at - 1);
  while (from > 0 && losses[from - 1]! <= losses[from]!) from--;
  let peak = at;
  while (peak + 1 < losses.length && losses[peak + 1]! >= losses[peak]!) peak++;
  let back = peak + 1;
  while (back < losses.length && losses[back]! > losses[from]!) back++;
  return { fromStep: from, from: losses[from]!, peakStep: peak, peak: losses[peak]!, backStep: back < losses.length ? back : NaN, rise: steepest };
}

/** The spread of the layers' gradient norms in a snapshot: largest over smallest (1 when every layer gets the same). */
export function normSpread(s: LabSnapshot): number {
  return Math.max(...s.gradNorms) / Math.min(...s.gradNorms);
}
