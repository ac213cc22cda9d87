/** Formats a number for a widget readout: fixed digits in the usual range, scientific when tiny or huge; never "NaN"; every minus is U+2212. */
export function formatNumber(v: number, digits = 3): string {
  if (!Number.isFinite(v)) return "—";
  const a = Math.abs(v);
  if (a !== 0 && (a < 10 ** -digits || a >= 1e6)) return trueMinus(v.toExponential(2));
  return trueMinus(v.toFixed(digits));
}

/** A power of ten as a tick label: "1" for 10⁰, else "1e−20", "1e5". */
export function formatPower(exponent: number): string {
  return exponent === 0 ? "1" : trueMinus(`1e${exponent}`);
}

/** Replaces every hyphen-minus with the true minus sign U+2212, exponents included. */
export function trueMinus(text: string): string {
  return text.replaceAll("-", "−");
}
