/** How a written number is to be compared: rounded, truncated ("0.598…"), or loosely ("≈ 0.2"). */
export type WrittenMode = "round" | "truncate" | "approx";

/** A number as an author wrote it, with the precision the writing implies. */
export interface Written {
  /** The text as written. */
  readonly text: string;
  /** Its value on the display scale (for a percentage, the number before the % sign). */
  readonly value: number;
  /** One unit in the last written place, on the display scale (for a fraction, a tolerance far below 1/q²). */
  readonly unit: number;
  /** Digits written after the decimal point (of the mantissa, in scientific form). */
  readonly decimals: number;
  readonly mode: WrittenMode;
  readonly percent: boolean;
  readonly scientific: boolean;
  /** The digits as written, for comparisons finer than a double can tell apart: sign, integer part, decimals, exponent. */
  readonly digits: { readonly negative: boolean; readonly int: string; readonly frac: string; readonly exponent: number };
  /** For a fraction (\tfrac{8}{27}, 8/27, "one third"): numerator and denominator. */
  readonly fraction?: { readonly numerator: number; readonly denominator: number };
  /** True when written in words ("four", "one third"). */
  readonly words?: boolean;
}

const SUPERSCRIPTS: Record<string, string> = {
  "⁰": "0", "¹": "1", "²": "2", "³": "3", "⁴": "4", "⁵": "5", "⁶": "6", "⁷": "7", "⁸": "8", "⁹": "9", "⁻": "-", "⁺": "+",
};

/** The words for small integers the articles use, zero to twenty. */
export const NUMBER_WORDS: readonly string[] = [
  "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
  "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty",
];

/** Words for tens, where an article counts in them ("fifty towers"). */
const TENS: Record<string, number> = { thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, hundred: 100, "a hundred": 100, "one hundred": 100 };

/** Fractions in words: "one half", "a third", "two thirds", "three quarters". */
const FRACTION_WORDS: Record<string, [number, number]> = {
  "one half": [1, 2], "a half": [1, 2], "one third": [1, 3], "a third": [1, 3], "two thirds": [2, 3],
  "one quarter": [1, 4], "a quarter": [1, 4], "three quarters": [3, 4],
};

// Accepts 0.19661, −4, 6.22e-61, 6.22 × 10⁻⁶¹, 6.22 \times 10^{-61}, 0.023 %, 75\%, 0.598…, ≈ 0.2, \approx 0.2.
const WRITTEN = new RegExp(
  String.raw`^(?<approx>≈|~|\\approx)?\s*(?<sign>[-−])?(?<int>\d+)(?:\.(?<frac>\d+))?` +
    String.raw`(?<ell>…|\.\.\.|\\ldots|\\dots)?` +
    String.raw`(?:\s*[eE](?<e1>[-+−]?\d+)|\s*(?:×|\\times|·|\\cdot)\s*10(?:\^\{?(?<e2>[-+−]?\d+)\}?|(?<e3>[⁻⁺]?[⁰¹²³⁴⁵⁶⁷⁸⁹]+)))?` +
    String.raw`\s*(?<pct>%|\\%)?$`,
  "du",
);

// \tfrac{8}{27}, \frac{8}{27}, \dfrac{8}{27}, \tfrac13, 8/27, 8⁄27, with an optional sign.
const FRACTION = /^(?<sign>[-−])?\s*(?:\\[dt]?frac\s*(?:\{\s*(?<n1>\d+)\s*\}|(?<n2>\d))\s*(?:\{\s*(?<d1>\d+)\s*\}|(?<d2>\d))|(?<n3>\d+)\s*[/⁄]\s*(?<d3>\d+))$/u;

// A fraction matches the computed value when they agree to this relative tolerance: far finer than any two fractions
// with small denominators can be apart (1/(q₁q₂)), far coarser than rounding in the computation.
const FRACTION_TOLERANCE = 1e-12;

/** Parses a written number, or returns null when the text is not one number in a form we check. */
export function parseWritten(text: string): Written | null {
  const clean = text.trim().replace(/[\u00a0\u2009\u202f]/g, " ");
  return parseWords(text, clean) ?? parseFraction(text, clean) ?? parseDecimal(text, clean);
}

function parseDecimal(text: string, clean: string): Written | null {
  const m = WRITTEN.exec(clean);
  if (!m?.groups) return null;
  const g = m.groups;
  const sign = g.sign ? "-" : "";
  const frac = g.frac ?? "";
  const expText = g.e1 ?? g.e2 ?? (g.e3 ? [...g.e3].map((c) => SUPERSCRIPTS[c]).join("") : undefined);
  const exp = expText === undefined ? 0 : Number(expText.replace("−", "-"));
  const scientific = expText !== undefined;
  const mode: WrittenMode = g.approx ? "approx" : g.ell ? "truncate" : "round";
  const value = Number(`${sign}${g.int}.${frac || "0"}e${exp}`);
  const unit = 10 ** (exp - frac.length);
  // A number beyond a double's range (1e400, 1e−400) cannot be compared: its value or its last unit is ∞ or 0.
  if (!Number.isFinite(value) || !Number.isFinite(unit) || unit === 0 || !Number.isFinite(Math.abs(value) + unit)) return null;
  return {
    text,
    value,
    unit,
    decimals: frac.length,
    mode,
    percent: g.pct !== undefined,
    scientific,
    digits: { negative: sign === "-", int: g.int!, frac, exponent: exp },
  };
}

function parseFraction(text: string, clean: string): Written | null {
  const g = FRACTION.exec(clean)?.groups;
  if (!g) return null;
  const numerator = Number(g.n1 ?? g.n2 ?? g.n3);
  const denominator = Number(g.d1 ?? g.d2 ?? g.d3);
  if (denominator === 0) return null;
  return fractionWritten(text, g.sign ? -numerator : numerator, denominator, false);
}

function parseWords(text: string, clean: string): Written | null {
  const lower = clean.toLowerCase();
  const pair = FRACTION_WORDS[lower];
  if (pair) return fractionWritten(text, pair[0], pair[1], true);
  const n = NUMBER_WORDS.includes(lower) ? NUMBER_WORDS.indexOf(lower) : (TENS[lower] ?? -1);
  if (n < 0) return null;
  return { text, value: n, unit: 1, decimals: 0, mode: "round", percent: false, scientific: false, digits: { negative: false, int: String(n), frac: "", exponent: 0 }, words: true };
}

function fractionWritten(text: string, numerator: number, denominator: number, words: boolean): Written {
  const value = numerator / denominator;
  return {
    text,
    value,
    unit: 2 * FRACTION_TOLERANCE * Math.max(Math.abs(value), Number.MIN_VALUE),
    decimals: 12,
    mode: "round",
    percent: false,
    scientific: false,
    digits: { negative: numerator < 0, int: "", frac: "", exponent: 0 },
    fraction: { numerator, denominator },
    ...(words ? { words } : {}),
  };
}

/** Which form a written number takes, as the claims report counts them. */
export type WrittenForm = "decimal" | "scientific" | "integer" | "fraction" | "percentage";

/** The form of a parsed written number. */
export function writtenForm(w: Written): WrittenForm {
  if (w.fraction) return "fraction";
  if (w.percent) return "percentage";
  if (w.scientific) return "scientific";
  return w.decimals === 0 && w.mode !== "truncate" ? "integer" : "decimal";
}

/**
 * The written number moved by one unit in its last written place, up and down, in the same form ("0.1474" gives
 * "0.1475" and "0.1473"; "\tfrac{8}{27}" gives "\tfrac{9}{27}" and "\tfrac{7}{27}"; "four" gives "five" and "three").
 * For a loose number ("≈ 0.2"), whose tolerance is one unit, the move is two units: the next value it cannot absorb.
 */
export function mutateWritten(text: string): string[] {
  const w = parseWritten(text);
  if (!w) return [];
  if (w.words && !w.fraction) return [w.value + 1, w.value - 1].filter((n) => n >= 0).map((n) => NUMBER_WORDS[n] ?? String(n));
  if (w.fraction) {
    const { numerator: p, denominator: q } = w.fraction;
    return [p + 1, p - 1].map((n) => `${n}/${q}`);
  }
  const m = WRITTEN.exec(text.trim().replace(/[\u00a0\u2009\u202f]/g, " "));
  const indices = (m as (RegExpExecArray & { indices?: { groups?: Record<string, [number, number] | undefined> } }) | null)?.indices?.groups;
  if (!m?.groups || !indices) return [];
  const clean = m.input;
  const start = indices.int![0];
  const end = (indices.frac ?? indices.int)![1];
  const step = w.mode === "approx" ? 2n : 1n;
  const frac = m.groups.frac ?? "";
  const digits = BigInt(`${m.groups.int}${frac}`);
  const negative = m.groups.sign !== undefined;
  return [step, -step].map((delta) => {
    const signed = (negative ? -digits : digits) + delta;
    const moved = signed < 0n ? -signed : signed;
    const padded = moved.toString().padStart(frac.length + 1, "0");
    const body = frac.length > 0 ? `${padded.slice(0, -frac.length)}.${padded.slice(-frac.length)}` : padded;
    const signStart = indices.sign?.[0] ?? start;
    const signText = signed < 0n ? (m.groups!.sign ?? "−") : "";
    return clean.slice(0, signStart) + signText + body + clean.slice(end);
  });
}
