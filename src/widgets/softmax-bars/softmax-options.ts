import { validateOptions, type OptionSpecs, type OptionsOf } from "../validate-options.ts";

/** The softmax figure's options: up to three log-scores, and how many classes take part. */
export const softmaxSpecs = {
  s1: { min: -5, max: 5, default: -0.4, step: 0.1, label: "score of class 1" },
  s2: { min: -5, max: 5, default: 0, step: 0.1, label: "score of class 2" },
  s3: { min: -5, max: 5, default: 1, step: 0.1, label: "score of class 3" },
  classes: { min: 2, max: 3, default: 3, step: 1, label: "number of classes" },
} as const satisfies OptionSpecs;

/** Validated softmax options. */
export type SoftmaxOptions = OptionsOf<typeof softmaxSpecs>;

/** Validates softmax options; with two classes the second score is pinned at 0, which makes the first one's probability σ(s1). */
export function softmaxOptions(input: Readonly<Record<string, unknown>> = {}, warn?: (m: string) => void): SoftmaxOptions {
  const o = validateOptions("softmax-bars", softmaxSpecs, input, warn);
  const classes = Math.round(o.classes);
  return classes === 2 ? { ...o, classes, s2: 0 } : { ...o, classes };
}
