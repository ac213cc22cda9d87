import { validateOptions, type OptionSpecs, type OptionsOf } from "../validate-options.ts";

/** The last step of the walk through the graph: three forward, three backward. */
export const LAST_STEP = 6;

/** The autodiff graph's options: the inputs of σ(w·x + b) and how far the walk has gone. */
export const autodiffSpecs = {
  w: { min: -3, max: 3, default: 2, step: 0.1, label: "weight w" },
  x: { min: -3, max: 3, default: 1.5, step: 0.1, label: "input x" },
  b: { min: -3, max: 3, default: -1, step: 0.1, label: "bias b" },
  step: { min: 0, max: LAST_STEP, default: LAST_STEP, step: 1, label: "step" },
} as const satisfies OptionSpecs;

/** Validated autodiff-graph options. */
export type AutodiffOptions = OptionsOf<typeof autodiffSpecs>;

/** Validates autodiff-graph options; the step is rounded to a whole step. */
export function autodiffOptions(input: Readonly<Record<string, unknown>> = {}, warn?: (m: string) => void): AutodiffOptions {
  const o = validateOptions("autodiff-graph", autodiffSpecs, input, warn);
  return { ...o, step: Math.round(o.step) };
}
