import { trainRace, trainRaceSteps } from "../../grad/train-race.ts";
import { RACE_STEPS } from "./race-options.ts";

/** The three hidden activations that race. */
export const RUNNERS = ["sigmoid", "tanh", "relu"] as const;

/** Each runner's loss before every step, for one learning rate. */
export type RaceLosses = readonly (readonly number[])[];

/** Trains the three networks here and now (at build time, or where no Web Worker is available). */
export function raceLosses(learningRate: number): RaceLosses {
  return RUNNERS.map((name) => trainRace(name, { steps: RACE_STEPS, learningRate }));
}

/** The same three trainings as raceLosses, one step per iteration, for a page that has to share its thread. */
export function* raceLossesSteps(learningRate: number): Generator<number, RaceLosses> {
  const out: number[][] = [];
  for (const name of RUNNERS) out.push(yield* trainRaceSteps(name, { steps: RACE_STEPS, learningRate }));
  return out;
}
