import type { ActivationName } from "./activations.ts";
import { bceWithLogits, dbceWithLogits } from "./losses.ts";
import { Mlp } from "./mlp.ts";
import { rng } from "./rng.ts";

/** A labelled 2-D dataset: points and 0/1 labels. */
export interface Dataset {
  readonly xs: readonly (readonly [number, number])[];
  readonly ys: readonly number[];
}

/** Two noisy concentric rings (label 1 inside, 0 outside), drawn from a seeded RNG: not linearly separable. */
export function ringsDataset(n = 120, seed = 7): Dataset {
  const r = rng(seed);
  const xs: [number, number][] = [];
  const ys: number[] = [];
  for (let i = 0; i < n; i++) {
    const inner = i % 2 === 0;
    const radius = (inner ? 0.35 : 0.85) + 0.12 * r.normal();
    const angle = 2 * Math.PI * r.uniform();
    xs.push([radius * Math.cos(angle), radius * Math.sin(angle)]);
    ys.push(inner ? 1 : 0);
  }
  return { xs, ys };
}

/** Settings of a training race; every activation runs with the same ones. */
export interface RaceSettings {
  readonly steps?: number;
  readonly learningRate?: number;
  readonly seed?: number;
  readonly hidden?: readonly number[];
}

const cache = new Map<string, number[]>();

/**
 * Trains a small network (Xavier initialisation, the same seed for every activation) by full-batch gradient
 * descent on mean binary cross-entropy over the rings dataset; returns the loss before each step and after the last.
 */
export function trainRace(activation: ActivationName, settings: RaceSettings = {}): number[] {
  const steps = trainRaceSteps(activation, settings);
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}

/**
 * The same training as trainRace, one step per iteration, so that a caller without a worker can spread it over
 * short tasks; the generator's return value is the losses (cached like trainRace's).
 */
export function* trainRaceSteps(activation: ActivationName, settings: RaceSettings = {}): Generator<number, number[]> {
  const { steps = 300, learningRate = 0.5, seed = 1, hidden = [8, 8] } = settings;
  const key = JSON.stringify([activation, steps, learningRate, seed, hidden]);
  const cached = cache.get(key);
  if (cached) return cached;
  const data = ringsDataset();
  const net = new Mlp({ sizes: [2, ...hidden, 1], activation, output: "linear", init: "xavier", seed });
  const n = data.xs.length;
  const losses: number[] = [];
  for (let step = 0; step <= steps; step++) {
    net.zeroGrad();
    let loss = 0;
    data.xs.forEach((x, i) => {
      const trace = net.forward(x);
      const logit = trace.a.at(-1)![0]!;
      loss += bceWithLogits(logit, data.ys[i]!) / n;
      net.backward(trace, [dbceWithLogits(logit, data.ys[i]!) / n]);
    });
    losses.push(loss);
    if (step < steps) net.sgdStep(learningRate);
    yield step;
  }
  cache.set(key, losses);
  return losses;
}

/** The first step at which a loss curve is at or below a target, or −1 if it never gets there. */
export function stepsToLoss(losses: readonly number[], target: number): number {
  return losses.findIndex((l) => l <= target);
}
