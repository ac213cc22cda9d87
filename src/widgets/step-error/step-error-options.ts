import { validateOptions, type OptionSpecs, type OptionsOf } from "../validate-options.ts";

/** The step-error plot's options: the point x and the step size as log10 ε. */
export const stepErrorSpecs = {
  x: { min: -6, max: 6, default: 1, step: 0.1, label: "point x" },
  logEps: { min: -12, max: -1, default: -3, step: 0.1, label: "step log₁₀ ε" },
} as const satisfies OptionSpecs;

/** Validated step-error options. */
export type StepErrorOptions = OptionsOf<typeof stepErrorSpecs>;

/** Validates step-error options (unknown or non-numeric: error; out of range: clamped with a warning). */
export function stepErrorOptions(input: Readonly<Record<string, unknown>> = {}, warn?: (m: string) => void): StepErrorOptions {
  return validateOptions("step-error", stepErrorSpecs, input, warn);
}
