import { raceGeometry } from "./race-geometry.ts";
import { raceMarkup } from "./race-markup.ts";
import type { RaceOptions } from "./race-options.ts";
import { raceLosses } from "./race-runners.ts";

/** The training race figure as the build draws it: the static SVG for validated options. */
export function figure(options: RaceOptions, id: string): string {
  return raceMarkup(raceGeometry(options, raceLosses(options.learningRate)), id);
}
