import { sigmoidSetup } from "../../grad/article-setups.ts";
import { EXTENT, GRID } from "../../grad/region-grid.ts";
import { bestOfSweep, raceSweepSteps, RaceTrainer } from "../../grad/train-race.ts";
import { RUNNERS } from "./race-runners.ts";

/**
 * A request to the race's trainer: start over at each network's best rate times a multiplier (`best` from the
 * build's sweep; null when the page has none, as in an embed: then the sweep runs first), or train on to a step.
 */
export type RaceRequest =
  | { readonly kind: "reset"; readonly run: number; readonly best: readonly number[] | null; readonly multiplier: number }
  | { readonly kind: "train"; readonly run: number; readonly to: number };

/** The trainer's answer: each network's best rate, the step reached, the loss curves so far and the regions now. */
export interface RaceReply {
  readonly run: number;
  readonly best: readonly number[];
  readonly step: number;
  readonly losses: readonly (readonly number[])[];
  readonly regions: readonly Float32Array[];
}

/** The three networks being trained, and the best rates they were started from. */
export interface RaceRun {
  readonly best: readonly number[];
  readonly trainers: readonly RaceTrainer[];
}

/** Answers one request, one short piece of work per iteration (a page without a worker runs it in slices). */
export function* raceAnswer(current: () => RaceRun | undefined, request: RaceRequest): Generator<unknown, { state: RaceRun; reply: RaceReply }> {
  let state = current();
  if (request.kind === "reset") {
    let best = request.best;
    if (!best) {
      const found: number[] = [];
      for (const name of RUNNERS) found.push(bestOfSweep(yield* raceSweepSteps(name, sigmoidSetup.race)).learningRate);
      best = found;
    }
    state = { best, trainers: RUNNERS.map((name, k) => new RaceTrainer(name, best[k]! * request.multiplier, sigmoidSetup.race.seed)) };
  } else {
    if (!state) throw new Error("training-race: train requested before reset");
    while (state.trainers[0]!.step < request.to) {
      for (const t of state.trainers) t.train();
      yield;
    }
  }
  const regions: Float32Array[] = [];
  for (const t of state.trainers) {
    regions.push(t.region(GRID, EXTENT));
    yield;
  }
  const reply = { run: request.run, best: state.best, step: state.trainers[0]!.step, losses: state.trainers.map((t) => [...t.losses]), regions };
  return { state, reply };
}

/** Runs an answer to its end in one go (in the worker). */
export function answerNow(current: RaceRun | undefined, request: RaceRequest): { state: RaceRun; reply: RaceReply } {
  const job = raceAnswer(() => current, request);
  for (;;) {
    const next = job.next();
    if (next.done) return next.value;
  }
}
