import { validateOptions, type OptionSpecs, type OptionsOf } from "../validate-options.ts";

/** Steps in every run of the race. */
export const RACE_STEPS = 400;

/** The race's options: the learning rate every network shares, and the step being looked at. */
export const raceSpecs = {
  learningRate: { min: 0.1, max: 3, default: 1, step: 0.1, label: "learning rate η" },
  step: { min: 0, max: RACE_STEPS, default: RACE_STEPS, step: 1, label: "step" },
} as const satisfies OptionSpecs;

/** Validated training-race options. */
export type RaceOptions = OptionsOf<typeof raceSpecs>;

/** Validates training-race options; the step is rounded to a whole step. */
export function raceOptions(input: Readonly<Record<string, unknown>> = {}, warn?: (m: string) => void): RaceOptions {
  const o = validateOptions("training-race", raceSpecs, input, warn);
  return { ...o, step: Math.round(o.step) };
}
