import { validateOptions, type OptionSpecs, type OptionsOf } from "../validate-options.ts";

/** The fit's options: the neuron's weight and bias, which are the regression's coefficient and intercept. */
export const fitSpecs = {
  w: { min: -6, max: 6, default: 0, step: 0.05, label: "weight w (coefficient)" },
  b: { min: -6, max: 6, default: 0, step: 0.05, label: "bias b (intercept)" },
} as const satisfies OptionSpecs;

/** Validated logistic-fit options. */
export type FitOptions = OptionsOf<typeof fitSpecs>;

/** Validates logistic-fit options (unknown or non-numeric: error; out of range: clamped with a warning). */
export function fitOptions(input: Readonly<Record<string, unknown>> = {}, warn?: (m: string) => void): FitOptions {
  return validateOptions("logistic-fit", fitSpecs, input, warn);
}
