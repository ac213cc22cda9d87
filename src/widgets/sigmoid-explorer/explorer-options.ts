import { validateOptions, type OptionSpecs, type OptionsOf } from "../validate-options.ts";

/** The sigmoid explorer's options: weight, bias and probe point, with ranges and defaults. */
export const explorerSpecs = {
  w: { min: -10, max: 10, default: 1, step: 0.1, label: "weight w" },
  b: { min: -10, max: 10, default: 0, step: 0.1, label: "bias b" },
  x: { min: -6, max: 6, default: 1, step: 0.1, label: "probe x" },
} as const satisfies OptionSpecs;

/** Validated explorer options. */
export type ExplorerOptions = OptionsOf<typeof explorerSpecs>;

/** Validates explorer options (unknown or non-numeric: error; out of range: clamped with a warning). */
export function explorerOptions(input: Readonly<Record<string, unknown>> = {}, warn?: (m: string) => void): ExplorerOptions {
  return validateOptions("sigmoid-explorer", explorerSpecs, input, warn);
}
