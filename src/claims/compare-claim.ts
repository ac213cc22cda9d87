import type { Written } from "./parse-written.ts";

/** The verdict on one written number against the value the code computed. */
export interface Comparison {
  readonly ok: boolean;
  /** The computed value on the display scale, written the way the author should have written it. */
  readonly expected: string;
}

// Room for binary floating point (0.1 + 0.2, ×100 for percentages) without loosening the check.
const SLACK = 1 + 1e-9;

// Outside these units the written value and unit lose digits as doubles (subnormals, then 0; or past 1.8e308, Infinity):
// there the comparison is made on a scale where the unit is 1.
const SMALLEST_UNIT = 1e-290;
const LARGEST_UNIT = 1e290;

/** Checks a written number against a computed one under the rule its writing implies; both must be finite. */
export function compareClaim(written: Written, computed: number): Comparison {
  const shown = written.percent ? computed * 100 : computed;
  const { mode } = written;
  let { value, unit } = written;
  let scaled = shown;
  if (unit < SMALLEST_UNIT || unit > LARGEST_UNIT || !Number.isFinite(value)) {
    // In units of the last written place: the written number is its digits as an integer, the unit is 1.
    const places = written.decimals - written.exponent;
    value = written.mantissa * 10 ** written.decimals;
    unit = 1;
    scaled = timesPowerOfTen(shown, places);
  }
  let ok: boolean;
  if (mode === "round") ok = Math.abs(scaled - value) <= (unit / 2) * SLACK;
  else if (mode === "approx") ok = Math.abs(scaled - value) <= unit * SLACK;
  else {
    const sameSign = Math.sign(scaled) === Math.sign(value) || value === 0;
    const a = Math.abs(scaled);
    const w = Math.abs(value);
    ok = sameSign && a >= w / SLACK && a < (w + unit) * SLACK;
  }
  return { ok, expected: formatLike(written, shown) };
}

/** x · 10^p in steps, so neither the power nor a partial product leaves the range of doubles before the end. */
function timesPowerOfTen(x: number, p: number): number {
  let y = x;
  let left = p;
  while (left > 300) {
    y *= 1e300;
    left -= 300;
  }
  while (left < -300) {
    y *= 1e-300;
    left += 300;
  }
  return y * 10 ** left;
}

/** Writes a value with the written number's precision and form (rounded, or truncated for "…"). */
export function formatLike(written: Written, shown: number): string {
  const d = written.decimals;
  let body: string;
  if (written.scientific) {
    body = written.mode === "truncate" ? truncateExp(shown, d) : shown.toExponential(d);
  } else if (written.mode === "truncate") {
    body = (Math.trunc(shown * 10 ** d) / 10 ** d).toFixed(d) + "…";
  } else {
    body = shown.toFixed(d);
  }
  return (written.mode === "approx" ? "≈ " : "") + body + (written.percent ? " %" : "");
}

function truncateExp(x: number, d: number): string {
  const [mantissa = "", exp = ""] = x.toExponential(d + 3).split("e");
  return mantissa.slice(0, mantissa.indexOf(".") + 1 + d) + "…e" + exp;
}
