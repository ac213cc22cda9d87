import { validateOptions, type OptionSpecs, type OptionsOf } from "../validate-options.ts";

/** The towers figure's options: how many towers, how steep their sigmoid walls are, and which tower the handles hold. */
export const towersSpecs = {
  n: { min: 1, max: 60, default: 10, step: 1, label: "towers" },
  steepness: { min: 10, max: 1000, default: 200, step: 10, label: "steepness s" },
  tower: { min: 1, max: 60, default: 4, step: 1, label: "tower shown" },
} as const satisfies OptionSpecs;

/** Validated towers options. */
export type TowersOptions = OptionsOf<typeof towersSpecs>;

/** Validates towers options; counts are rounded to whole numbers, and the tower shown is one of the n. */
export function towersOptions(input: Readonly<Record<string, unknown>> = {}, warn?: (m: string) => void): TowersOptions {
  const o = validateOptions("towers", towersSpecs, input, warn);
  const n = Math.round(o.n);
  return { ...o, n, tower: Math.min(n, Math.round(o.tower)) };
}
