import type { Written } from "./parse-written.ts";

/** The verdict on one written number against the value the code computed. */
export interface Comparison {
  readonly ok: boolean;
  /** The computed value on the display scale, written the way the author should have written it. */
  readonly expected: string;
}

// Room for binary floating point (0.1 + 0.2, ×100 for percentages) without loosening the check.
const SLACK = 1 + 1e-9;

/** Checks a written number against a computed one under the rule its writing implies. */
export function compareClaim(written: Written, computed: number): Comparison {
  const shown = written.percent ? computed * 100 : computed;
  const { value, unit, mode } = written;
  let ok: boolean;
  if (mode === "round") ok = Math.abs(shown - value) <= (unit / 2) * SLACK;
  else if (mode === "approx") ok = Math.abs(shown - value) <= unit * SLACK;
  else {
    const sameSign = Math.sign(shown) === Math.sign(value) || value === 0;
    const a = Math.abs(shown);
    const w = Math.abs(value);
    ok = sameSign && a >= w / SLACK && a < (w + unit) * SLACK;
  }
  return { ok, expected: formatLike(written, shown) };
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
