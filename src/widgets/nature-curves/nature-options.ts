import { validateOptions, type OptionSpecs, type OptionsOf } from "../validate-options.ts";

/** The curves' options: the Hill coefficient and the growth rate. */
export const natureSpecs = {
  n: { min: 0.5, max: 4, default: 2.8, step: 0.1, label: "Hill coefficient n" },
  rate: { min: 0.2, max: 3, default: 1, step: 0.1, label: "growth rate r" },
} as const satisfies OptionSpecs;

/** Validated nature-curves options. */
export type NatureOptions = OptionsOf<typeof natureSpecs>;

/** Validates nature-curves options (unknown or non-numeric: error; out of range: clamped with a warning). */
export function natureOptions(input: Readonly<Record<string, unknown>> = {}, warn?: (m: string) => void): NatureOptions {
  return validateOptions("nature-curves", natureSpecs, input, warn);
}
