/** Formats a number for a widget readout: fixed digits in the usual range, scientific when tiny or huge; never "NaN". */
export function formatNumber(v: number, digits = 3): string {
  if (!Number.isFinite(v)) return "—";
  const a = Math.abs(v);
  if (a !== 0 && (a < 10 ** -digits || a >= 1e6)) return v.toExponential(2).replace("-", "−");
  return v.toFixed(digits).replace("-", "−");
}
