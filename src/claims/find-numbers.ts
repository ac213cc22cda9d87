import { NUMBER_WORDS } from "./parse-written.ts";

/** Where a text is set: prose (and inline code), KaTeX source, or a code sample. */
export type NumberContext = "prose" | "math" | "code";

/** A number found in a text, with its offset in that text; `refused` says why its notation cannot be checked at all. */
export interface FoundNumber {
  readonly text: string;
  readonly offset: number;
  readonly refused?: string;
}

// Decimals, percentages and scientific notation. Plain integers ("100 layers", 2021) are indices or counts that define
// a setup and stay unbound by rule; an integer that is a result is bound by its author, and the forms that can only be
// results (a fraction; "four times", "seven orders of magnitude", "sixteen digits") are found here.
// Longest forms first: "93.75 %" must not stop at "93.75".
const NUMBER = String.raw`\d+(?:\.\d+)?\s?%|\d+(?:\.\d+)?\s?[×·]\s?10[⁻⁺]?[⁰¹²³⁴⁵⁶⁷⁸⁹]+|\d*\.\d+(?:…|\.\.\.)?(?:[eE][-+−]?\d+)?|\d+[eE][-+−]?\d+`;
const WORD = NUMBER_WORDS.join("|");
const RESULT = String.raw`(?:\d+|${WORD})\s+(?:times\b|orders?\s+of\s+magnitude|(?:significant\s+)?digits\b)|\d+\s*[/⁄]\s*\d+(?![\d/])`;
const MATH_NUMBER = String.raw`\d+(?:\.\d+)?\s*\\%|\d+(?:\.\d+)?\s*(?:\\times|\\cdot)\s*10\^|\d*\.\d+|\\[dt]?frac\s*(?:\{\s*\d+\s*\}|\d)\s*(?:\{\s*\d+\s*\}|\d)`;

const PATTERNS: Record<NumberContext, RegExp> = {
  prose: new RegExp(String.raw`(?<![\p{L}\p{N}_./])(?:${NUMBER}|${RESULT})`, "giu"),
  code: new RegExp(String.raw`(?<![\p{L}\p{N}_.])(?:${NUMBER})`, "gu"),
  math: new RegExp(String.raw`(?<![A-Za-z\d.])(?:${MATH_NUMBER})`, "gu"),
};

/** Notations a reader reads as a number but the checker cannot compare; each is refused with what to write instead. */
const REFUSED: readonly { pattern: RegExp; contexts: readonly NumberContext[]; message: string }[] = [
  {
    pattern: /(?<![\d,.])(?:0,\d+|\d+,(?:\d{1,2}|\d{4,}))(?![\d,])/gu,
    contexts: ["prose"],
    message: "a decimal comma: write a decimal point (0.5), and bind the number",
  },
  { pattern: /[¼½¾⅐⅑⅒⅓⅔⅕⅖⅗⅘⅙⅚⅛⅜⅝⅞↉]/gu, contexts: ["prose", "math", "code"], message: String.raw`a vulgar fraction character: write \tfrac{1}{2} in maths or 1/2, and bind it` },
  { pattern: /[^\P{Nd}0-9]+/gu, contexts: ["prose", "math", "code"], message: "digits of another script or full-width digits: write ASCII digits 0–9, and bind the number" },
  { pattern: /\d*\.?\d+\s?[‰‱]/gu, contexts: ["prose", "math", "code"], message: "a per-mille or per-myriad sign: write a percentage (0.5 %), and bind it" },
  { pattern: /\d·(?!\s?10[⁻⁺⁰¹²³⁴⁵⁶⁷⁸⁹])\d+/gu, contexts: ["prose", "math"], message: "a middle dot as decimal point: write a decimal point (0.5), and bind the number" },
  {
    pattern: /\d[\u00ad\u200b-\u200d\u2060\ufeff]+(?=[\d.,])|[\u00ad\u200b-\u200d\u2060\ufeff]+\d/gu,
    contexts: ["prose", "math", "code"],
    message: "an invisible character inside a number (zero-width space, joiner, soft hyphen): remove it",
  },
];

/** Every number in a text that must be bound to a computation, and every notation that is refused outright. */
export function findNumbers(text: string, context: NumberContext): FoundNumber[] {
  const found: FoundNumber[] = [];
  for (const m of text.matchAll(PATTERNS[context])) found.push({ text: m[0].trim(), offset: m.index });
  for (const r of REFUSED) {
    if (!r.contexts.includes(context)) continue;
    for (const m of text.matchAll(r.pattern)) {
      const end = m.index + m[0].length;
      // A refused notation replaces whatever part of it was read as a number ("0.5‰" is not "0.5").
      const overlapping = found.findIndex((f) => f.offset < end && m.index < f.offset + f.text.length);
      if (overlapping >= 0 && found[overlapping]!.refused) continue;
      if (overlapping >= 0) found.splice(overlapping, 1);
      found.push({ text: m[0], offset: m.index, refused: r.message });
    }
  }
  return found.sort((a, b) => a.offset - b.offset);
}
