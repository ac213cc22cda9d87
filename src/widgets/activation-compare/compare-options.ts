import { validateOptions, type OptionSpecs, type OptionsOf } from "../validate-options.ts";

/** The comparison's one option: the probe point. */
export const compareSpecs = {
  x: { min: -4, max: 4, default: 0, step: 0.1, label: "probe x" },
} as const satisfies OptionSpecs;

/** Validated activation-compare options. */
export type CompareOptions = OptionsOf<typeof compareSpecs>;

/** Validates activation-compare options (unknown or non-numeric: error; out of range: clamped with a warning). */
export function compareOptions(input: Readonly<Record<string, unknown>> = {}, warn?: (m: string) => void): CompareOptions {
  return validateOptions("activation-compare", compareSpecs, input, warn);
}
