import { sigmoidSetup } from "../../grad/article-setups.ts";
import { bestOfSweep, raceSweepSteps, RaceTrainer, trainRace } from "../../grad/train-race.ts";
import { EXTENT, GRID } from "../../grad/lab-trainer.ts";

/** The three hidden activations that race. */
export const RUNNERS = ["sigmoid", "tanh", "relu"] as const;
/** How the text and the figure name each runner. */
export const RUNNER_NAMES = { sigmoid: "sigmoid", tanh: "tanh", relu: "ReLU" } as const;

/** Each runner's best learning rate from its sweep (RUNNERS order), trained here and now: at build time, in a test. */
export function bestRates(): number[] {
  return RUNNERS.map((name) => run(raceSweepSteps(name, sigmoidSetup.race), (points) => bestOfSweep(points).learningRate));
}

/** Each runner's loss curve at its best rate times a multiplier, for the text and the static figure. */
export function raceLosses(rates: readonly number[], multiplier: number, steps: number): number[][] {
  return RUNNERS.map((name, k) => trainRace(name, { steps, learningRate: rates[k]! * multiplier, seed: sigmoidSetup.race.seed }));
}

/** Each runner's decision region after `steps` steps at its rate times a multiplier (GRID × GRID, as the lab's). */
export function raceRegions(rates: readonly number[], multiplier: number, steps: number): Float32Array[] {
  return RUNNERS.map((name, k) => {
    const t = new RaceTrainer(name, rates[k]! * multiplier, sigmoidSetup.race.seed);
    while (t.step < steps) t.train();
    return t.region(GRID, EXTENT);
  });
}

function run<T, R>(job: Iterator<unknown, T>, then: (value: T) => R): R {
  for (;;) {
    const next = job.next();
    if (next.done) return then(next.value);
  }
}
