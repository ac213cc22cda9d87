import type { ActivationName } from "./activations.ts";
import { batchGradients } from "./batch-gradients.ts";
import { decisionRegion } from "./decision-region.ts";
import { Mlp } from "./mlp.ts";
import { raceData, ringsDataset, type Dataset } from "./rings-dataset.ts";

// The data live in a module of their own, so that a figure can draw the points without the trainer.
export { raceData, ringsDataset, type Dataset };

/** Settings of a training race; every activation runs with the same ones. */
export interface RaceSettings {
  readonly steps?: number;
  readonly learningRate?: number;
  readonly seed?: number;
  readonly hidden?: readonly number[];
}


/**
 * One network of the race, trained one step at a time (Xavier initialisation from the seed, full-batch gradient
 * descent on mean binary cross-entropy over the rings): the same numbers at build time, in a test, in a worker
 * and in the page.
 */
export class RaceTrainer {
  readonly net: Mlp;
  /** Mean cross-entropy before each step taken so far, and now. */
  readonly losses: number[] = [];

  /** Builds the network from the seed and computes the loss and gradient at the initial weights. */
  constructor(
    readonly activation: ActivationName,
    readonly learningRate: number,
    seed = 1,
    hidden: readonly number[] = [8, 8],
  ) {
    this.net = new Mlp({ sizes: [2, ...hidden, 1], activation, output: "linear", init: "xavier", seed });
    this.losses.push(batchGradients(this.net, raceData.xs, raceData.ys).loss);
  }

  /** Steps taken so far. */
  get step(): number {
    return this.losses.length - 1;
  }

  /** One gradient-descent step, then the loss and gradient at the new weights. */
  train(): void {
    this.net.sgdStep(this.learningRate);
    this.losses.push(batchGradients(this.net, raceData.xs, raceData.ys).loss);
  }

  /** Share of the rings' points on the right side of the network's boundary (output logit above zero inside). */
  accuracy(): number {
    const right = raceData.xs.filter((x, i) => this.net.predict(x)[0]! > 0 === (raceData.ys[i] === 1)).length;
    return right / raceData.xs.length;
  }

  /** P(inside) on a grid × grid lattice over [−extent, extent]² (see decisionRegion). */
  region(grid: number, extent: number, out?: Float32Array): Float32Array {
    return decisionRegion(this.net, grid, extent, out);
  }
}

const cache = new Map<string, number[]>();

/** Trains one race network for `steps` steps; returns the loss before each step and after the last. */
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
  const trainer = new RaceTrainer(activation, learningRate, seed, hidden);
  while (trainer.step < steps) {
    trainer.train();
    yield trainer.step;
  }
  cache.set(key, trainer.losses);
  return trainer.losses;
}

/** A learning-rate sweep: the rates tried, the steps each run takes, and the seed every run starts from. */
export interface SweepSettings {
  readonly sweep: readonly number[];
  readonly steps: number;
  readonly seed: number;
}

/**
 * One rate of a sweep: whether the loss fell (or held) at every step of the run, and the loss the run ends at (after
 * the last step; a run that climbs is out of the running, so it is stopped at its first rise).
 */
export interface SweepPoint {
  readonly learningRate: number;
  readonly loss: number;
  readonly steady: boolean;
}

/** Whether a loss curve never rises from one step to the next. */
export function steadyDescent(losses: readonly number[]): boolean {
  return losses.every((l, i) => i === 0 || l <= losses[i - 1]!);
}

/** Trains one network at every rate of the sweep, one step per iteration; returns each rate's run as a SweepPoint. */
export function* raceSweepSteps(activation: ActivationName, s: SweepSettings): Generator<number, SweepPoint[]> {
  const out: SweepPoint[] = [];
  for (const learningRate of s.sweep) {
    const t = new RaceTrainer(activation, learningRate, s.seed);
    let steady = true;
    while (steady && t.step < s.steps) {
      t.train();
      steady = steadyDescent(t.losses.slice(-2));
      yield t.step;
    }
    out.push({ learningRate, loss: t.losses.at(-1)!, steady });
  }
  return out;
}

/** Each rate of the sweep with the loss its run ends at. */
export function raceSweep(activation: ActivationName, s: SweepSettings): SweepPoint[] {
  const steps = raceSweepSteps(activation, s);
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}

/**
 * The sweep's winner: of the runs whose loss falls at every step, the one that ends lowest (between equal losses the
 * smaller rate). A run that ever climbs is on the edge of divergence: its spikes turn on rounding, so that another
 * JavaScript engine, whose Math.exp may differ in the last bit, would draw another race.
 */
export function bestOfSweep(points: readonly SweepPoint[]): SweepPoint {
  let best: SweepPoint | undefined;
  for (const p of points) if (p.steady && Number.isFinite(p.loss) && (!best || p.loss < best.loss)) best = p;
  if (!best) throw new Error(`bestOfSweep: no run of the sweep descends at every step`);
  return best;
}

/** The best rate of a network's sweep, and the loss it ends at. */
export function raceBest(activation: ActivationName, s: SweepSettings): SweepPoint {
  return bestOfSweep(raceSweep(activation, s));
}

/** The first step at which a loss curve is at or below a target, or −1 if it never gets there. */
export function stepsToLoss(losses: readonly number[], target: number): number {
  return losses.findIndex((l) => l <= target);
}

/** A race network before its first step (its rate plays no part yet), from the sweep's seed. */
export function raceStart(activation: ActivationName, s: SweepSettings): RaceTrainer {
  return new RaceTrainer(activation, 0, s.seed);
}

/** A race network trained for `steps` steps at its sweep's best rate times a multiplier, from the sweep's seed. */
export function raceAtBest(activation: ActivationName, s: SweepSettings, steps = s.steps, multiplier = 1): RaceTrainer {
  const trainer = new RaceTrainer(activation, raceBest(activation, s).learningRate * multiplier, s.seed);
  while (trainer.step < steps) trainer.train();
  return trainer;
}
