/** Where a text is set: prose (and inline code), KaTeX source, or a code sample. */
export type NumberContext = "prose" | "math" | "code";

/** A number found in a text, with its offset in that text. */
export interface FoundNumber {
  readonly text: string;
  readonly offset: number;
}

// Decimals, percentages and scientific notation; plain integers ("100 layers", 2021) are free.
// Longest forms first: "93.75 %" must not stop at "93.75".
const NUMBER = String.raw`\d+(?:\.\d+)?\s?%|\d+(?:\.\d+)?\s?[×·]\s?10[⁻⁺]?[⁰¹²³⁴⁵⁶⁷⁸⁹]+|\d*\.\d+(?:…|\.\.\.)?(?:[eE][-+−]?\d+)?|\d+[eE][-+−]?\d+`;
const MATH_NUMBER = String.raw`\d+(?:\.\d+)?\s*\\%|\d+(?:\.\d+)?\s*(?:\\times|\\cdot)\s*10\^|\d*\.\d+`;

const PATTERNS: Record<NumberContext, RegExp> = {
  prose: new RegExp(String.raw`(?<![\p{L}\p{N}_.])(?:${NUMBER})`, "gu"),
  code: new RegExp(String.raw`(?<![\p{L}\p{N}_.])(?:${NUMBER})`, "gu"),
  math: new RegExp(String.raw`(?<![A-Za-z\d.])(?:${MATH_NUMBER})`, "gu"),
};

/** Every decimal, percentage or scientific-notation number in a text: each one must be bound to a computation. */
export function findNumbers(text: string, context: NumberContext): FoundNumber[] {
  const found: FoundNumber[] = [];
  for (const m of text.matchAll(PATTERNS[context])) found.push({ text: m[0].trim(), offset: m.index });
  return found;
}
