import { deflateSync } from "node:zlib";
import { sigmoidSetup } from "../../grad/article-setups.ts";
import { EXTENT, GRID } from "../../grad/region-grid.ts";
import { bestOfSweep, raceSweepSteps, RaceTrainer, trainRace } from "../../grad/train-race.ts";
import { regionMasks } from "../gradient-lab/lab-geometry.ts";
import { grayPng } from "../gray-png.ts";
import { raceGeometry } from "./race-geometry.ts";
import { raceMarkup } from "./race-markup.ts";
import type { RaceOptions } from "./race-options.ts";
import { RUNNERS } from "./race-runners.ts";

/**
 * The training race figure as the build draws it, for validated options: the networks trained at build time by the
 * same seeded trainer as the live figure, each at its sweep's best rate times the multiplier.
 */
export function figure(options: RaceOptions, id: string): string {
  const best = bestRates();
  const rates = best.map((b) => b * options.learningRate);
  const losses = raceLosses(best, options.learningRate, options.step);
  const png = (grey: Uint8Array) => grayPng(GRID, GRID, grey, (raw) => deflateSync(raw, { level: 9 }));
  const pictures = raceRegions(best, options.learningRate, options.step).map((region) => {
    const masks = regionMasks(region);
    return { inside: png(masks.inside), outside: png(masks.outside) };
  });
  return raceMarkup(raceGeometry({ step: options.step, rates, losses }), id, best, pictures);
}

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
