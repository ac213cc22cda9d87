import { deflateSync } from "node:zlib";
import { GRID } from "../../grad/lab-trainer.ts";
import { regionMasks } from "../gradient-lab/lab-geometry.ts";
import { grayPng } from "../gray-png.ts";
import { raceGeometry } from "./race-geometry.ts";
import { raceMarkup } from "./race-markup.ts";
import type { RaceOptions } from "./race-options.ts";
import { bestRates, raceLosses, raceRegions } from "./race-runners.ts";

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
