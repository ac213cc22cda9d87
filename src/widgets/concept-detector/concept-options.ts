import { validateOptions, type OptionSpecs, type OptionsOf } from "../validate-options.ts";

/** Cartoon digits on a 5 × 7 grid, top row first ("#" is ink). */
export const DIGITS = {
  one: ["....#", "...##", "....#", "....#", "....#", "....#", "....#"],
  four: ["#...#", "#...#", "#####", "....#", "....#", "....#", "....#"],
  seven: ["#####", "....#", "....#", "....#", "....#", "....#", "....#"],
  eight: [".###.", "#...#", "#...#", ".###.", "#...#", "#...#", ".###."],
  zero: [".###.", "#...#", "#...#", "#...#", "#...#", "#...#", ".###."],
} as const;

/** The digits in the order of the digit option. */
export const DIGIT_NAMES = Object.keys(DIGITS) as (keyof typeof DIGITS)[];

/** The detector's options: its bias, and which digit the grid starts from. */
export const conceptSpecs = {
  b: { min: -10, max: 5, default: -3, step: 0.5, label: "bias b" },
  digit: { min: 0, max: DIGIT_NAMES.length - 1, default: 1, step: 1, label: "starting digit" },
} as const satisfies OptionSpecs;

/** Validated concept-detector options. */
export type ConceptOptions = OptionsOf<typeof conceptSpecs>;

/** Validates concept-detector options; the digit is rounded to an index. */
export function conceptOptions(input: Readonly<Record<string, unknown>> = {}, warn?: (m: string) => void): ConceptOptions {
  const o = validateOptions("concept-detector", conceptSpecs, input, warn);
  return { ...o, digit: Math.round(o.digit) };
}
