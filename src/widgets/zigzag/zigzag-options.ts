import { validateOptions, type OptionSpecs, type OptionsOf } from "../validate-options.ts";

/** Steps of per-example gradient descent shown. */
export const ZIGZAG_STEPS = 150;

/** The zig-zag's options: the learning rate both neurons share, and the step being looked at. */
export const zigzagSpecs = {
  learningRate: { min: 0.5, max: 4, default: 3, step: 0.1, label: "learning rate η" },
  step: { min: 0, max: ZIGZAG_STEPS, default: ZIGZAG_STEPS, step: 1, label: "step" },
} as const satisfies OptionSpecs;

/** Validated zig-zag options. */
export type ZigzagOptions = OptionsOf<typeof zigzagSpecs>;

/** Validates zig-zag options; the step is rounded to a whole step. */
export function zigzagOptions(input: Readonly<Record<string, unknown>> = {}, warn?: (m: string) => void): ZigzagOptions {
  const o = validateOptions("zigzag", zigzagSpecs, input, warn);
  return { ...o, step: Math.round(o.step) };
}
