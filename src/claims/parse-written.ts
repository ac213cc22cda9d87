/** How a written number is to be compared: rounded, truncated ("0.598…"), or loosely ("≈ 0.2"). */
export type WrittenMode = "round" | "truncate" | "approx";

/** A number as an author wrote it, with the precision the writing implies. */
export interface Written {
  /** The text as written. */
  readonly text: string;
  /** Its value on the display scale (for a percentage, the number before the % sign). */
  readonly value: number;
  /** One unit in the last written place, on the display scale. */
  readonly unit: number;
  /** The written power of ten (0 when none is written); the unit is 10^(exponent − decimals). */
  readonly exponent: number;
  /** The number before the power of ten, signed, so a value too small for a double keeps its written digits. */
  readonly mantissa: number;
  /** Digits written after the decimal point (of the mantissa, in scientific form). */
  readonly decimals: number;
  readonly mode: WrittenMode;
  readonly percent: boolean;
  readonly scientific: boolean;
}

const SUPERSCRIPTS: Record<string, string> = {
  "⁰": "0", "¹": "1", "²": "2", "³": "3", "⁴": "4", "⁵": "5", "⁶": "6", "⁷": "7", "⁸": "8", "⁹": "9", "⁻": "-", "⁺": "+",
};

// Accepts 0.19661, −4, 6.22e-61, 6.22 × 10⁻⁶¹, 6.22 \times 10^{-61}, 0.023 %, 75\%, 0.598…, ≈ 0.2, \approx 0.2.
const WRITTEN = new RegExp(
  String.raw`^(?<approx>≈|~|\\approx)?\s*(?<sign>[-−])?(?<int>\d+)(?:\.(?<frac>\d+))?` +
    String.raw`(?<ell>…|\.\.\.|\\ldots|\\dots)?` +
    String.raw`(?:\s*[eE](?<e1>[-+−]?\d+)|\s*(?:×|\\times|·|\\cdot)\s*10(?:\^\{?(?<e2>[-+−]?\d+)\}?|(?<e3>[⁻⁺]?[⁰¹²³⁴⁵⁶⁷⁸⁹]+)))?` +
    String.raw`\s*(?<pct>%|\\%)?$`,
  "u",
);

/** Parses a written number, or returns null when the text is not one number in a form we check. */
export function parseWritten(text: string): Written | null {
  const m = WRITTEN.exec(text.trim().replace(/[\u00a0\u2009\u202f]/g, " "));
  if (!m?.groups) return null;
  const g = m.groups;
  const sign = g.sign ? "-" : "";
  const frac = g.frac ?? "";
  const expText = g.e1 ?? g.e2 ?? (g.e3 ? [...g.e3].map((c) => SUPERSCRIPTS[c]).join("") : undefined);
  const exp = expText === undefined ? 0 : Number(expText.replace("−", "-"));
  const scientific = expText !== undefined;
  const mode: WrittenMode = g.approx ? "approx" : g.ell ? "truncate" : "round";
  return {
    text,
    value: Number(`${sign}${g.int}.${frac || "0"}e${exp}`),
    unit: 10 ** (exp - frac.length),
    exponent: exp,
    mantissa: Number(`${sign}${g.int}.${frac || "0"}`),
    decimals: frac.length,
    mode,
    percent: g.pct !== undefined,
    scientific,
  };
}
