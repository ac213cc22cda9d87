import { sigmoid } from "./activations.ts";
import { bceWithLogits, dbceWithLogits, dmseDlogit, mseOfLogit } from "./losses.ts";

/** The loss a single logistic neuron is trained with. */
export type NeuronLoss = "mse" | "ce";

/** A single neuron's training run: logit, prediction and loss before each step and after the last. */
export interface NeuronRun {
  readonly z: number[];
  readonly p: number[];
  readonly loss: number[];
}

/** Settings of the race; both losses run with the same ones. */
export interface NeuronRaceSettings {
  /** The starting logit, split evenly between weight and bias. */
  readonly z0?: number;
  readonly learningRate?: number;
  readonly steps?: number;
  readonly target?: number;
}

/**
 * Trains σ(w·x + b) on the single example x = 1 with target p by gradient descent on w and b, starting from
 * w = b = z0 / 2 (for a negative z0 and p = 1, confidently wrong), with MSE or with cross-entropy on the logit.
 */
export function neuronRace(loss: NeuronLoss, settings: NeuronRaceSettings = {}): NeuronRun {
  const { z0 = -6, learningRate = 1, steps = 200, target = 1 } = settings;
  const grad = loss === "mse" ? dmseDlogit : dbceWithLogits;
  const value = loss === "mse" ? mseOfLogit : bceWithLogits;
  let w = z0 / 2;
  let b = z0 / 2;
  const run: NeuronRun = { z: [], p: [], loss: [] };
  for (let step = 0; step <= steps; step++) {
    const z = w + b;
    run.z.push(z);
    run.p.push(sigmoid(z));
    run.loss.push(value(z, target));
    // With x = 1, ∂L/∂w = ∂L/∂z · x and ∂L/∂b = ∂L/∂z are the same number.
    const g = grad(z, target);
    w -= learningRate * g;
    b -= learningRate * g;
  }
  return run;
}

/** The first step at which a prediction reaches a threshold, or −1 if it never does. */
export function stepsToPrediction(p: readonly number[], threshold: number): number {
  return p.findIndex((v) => v >= threshold);
}

/**
 * Steps squared error needs to bring the race's neuron from logit z0 up to a prediction of `threshold`, trained
 * exactly as neuronRace trains it (without keeping the run), or −1 if it has not got there within maxSteps.
 */
export function mseEscapeSteps(z0: number, learningRate = 1, threshold = 0.5, maxSteps = 10_000_000): number {
  let w = z0 / 2;
  let b = z0 / 2;
  for (let step = 0; step <= maxSteps; step++) {
    const z = w + b;
    if (sigmoid(z) >= threshold) return step;
    const g = dmseDlogit(z, 1);
    w -= learningRate * g;
    b -= learningRate * g;
  }
  return -1;
}

/**
 * The law of the flat tail: far out, p̃ ≈ e^z, so each step adds about 4η·e^z to the logit and e^(−z) falls by
 * about 4η a step; from e^|z0| down to 1 that takes about e^|z0| / (4η) steps.
 */
export function mseEscapeLaw(z0: number, learningRate = 1): number {
  return Math.exp(-z0) / (4 * learningRate);
}
