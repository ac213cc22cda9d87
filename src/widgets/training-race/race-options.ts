import { sigmoidSetup } from "../../grad/article-setups.ts";
import { validateOptions, type OptionSpecs, type OptionsOf } from "../validate-options.ts";

/** Steps in every run of the race, and in each run of the learning-rate sweep. */
export const RACE_STEPS = sigmoidSetup.race.steps;

/**
 * The race's options: a multiplier on every network's own best learning rate (1: each at the best of its sweep),
 * and the steps the networks have been trained (the race plays from 0 to the last).
 */
export const raceSpecs = {
  learningRate: { min: 0.1, max: 3, default: 1, step: 0.1, label: "learning rate × best" },
  step: { min: 0, max: RACE_STEPS, default: RACE_STEPS, step: 1, label: "steps trained" },
} as const satisfies OptionSpecs;

/** Validated training-race options. */
export type RaceOptions = OptionsOf<typeof raceSpecs>;

/** Validates training-race options; the step is rounded to a whole step. */
export function raceOptions(input: Readonly<Record<string, unknown>> = {}, warn?: (m: string) => void): RaceOptions {
  const o = validateOptions("training-race", raceSpecs, input, warn);
  return { ...o, step: Math.round(o.step) };
}
