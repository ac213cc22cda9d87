import { validateOptions, type OptionSpecs, type OptionsOf } from "../validate-options.ts";

/** The towers figure's options: how many towers and how steep their sigmoid walls are. */
export const towersSpecs = {
  n: { min: 1, max: 60, default: 10, step: 1, label: "towers" },
  steepness: { min: 10, max: 1000, default: 200, step: 10, label: "steepness s" },
} as const satisfies OptionSpecs;

/** Validated towers options. */
export type TowersOptions = OptionsOf<typeof towersSpecs>;

/** Validates towers options; the tower count is rounded to a whole number. */
export function towersOptions(input: Readonly<Record<string, unknown>> = {}, warn?: (m: string) => void): TowersOptions {
  const o = validateOptions("towers", towersSpecs, input, warn);
  return { ...o, n: Math.round(o.n) };
}
