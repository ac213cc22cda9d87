import type { Claim } from "./claim.ts";
import { compareClaim } from "./compare-claim.ts";
import { parseWritten, type Written, type WrittenMode } from "./parse-written.ts";

/** Where a claim stands, before it is judged. */
export type ClaimSite = Pick<Claim, "file" | "line" | "column" | "context">;

const VERB: Record<WrittenMode, string> = { round: "rounds to", truncate: "truncates to", approx: "is about" };

/** Judges a written number against a computation: ok, wrong (with what it should read), or an error saying why it could not be checked. */
export function judgeClaim(site: ClaimSite, written: string, expression: string, compute: () => number): Claim {
  const base = { ...site, written, expression };
  const parsed = parseWritten(written);
  if (!parsed) {
    return {
      ...base,
      computed: null,
      status: "error",
      message:
        `"${clip(written)}" is not one number in a form the checker reads: fixed (0.197), integer (8, −1), scientific (6.22e-61, 6.22 × 10⁻⁶¹), ` +
        String.raw`percentage (0.023 %), truncated (0.598…), loose (≈ 0.2), fraction (\tfrac{8}{27}, 8/27) or a small number in words (four, one third), within a double's range`,
    };
  }
  // 1.798e308 is no double, yet it is the largest double rounded to four digits; 1e400 is the rounding of none.
  const beyond = !Number.isFinite(parsed.value) && !compareClaim(parsed, Math.sign(parsed.mantissa) * Number.MAX_VALUE).ok;
  if (beyond || !Number.isFinite(parsed.unit)) {
    return {
      ...base,
      computed: null,
      status: "error",
      message: beyond
        ? `"${clip(written)}" is beyond the largest finite double (about 1.8e308): no computation can be checked against it`
        : `one unit of the last written digit of "${clip(written)}" is beyond the largest finite double (about 1.8e308): write fewer places`,
    };
  }
  let computed: number;
  try {
    computed = compute();
  } catch (error) {
    return { ...base, computed: null, status: "error", message: error instanceof Error ? error.message : String(error) };
  }
  if (!Number.isFinite(computed)) {
    return { ...base, computed, status: "error", message: `the computation gave ${computed}, not a finite number` };
  }
  if (parsed.fraction) {
    const { numerator: p, denominator: q } = parsed.fraction;
    if (compareClaim(parsed, computed).ok) return { ...base, computed, status: "ok" };
    return { ...base, computed, status: "wrong", message: `the computed value ${computed} is not ${p}/${q} (to a relative 1e−12)` };
  }
  const verdict = compareClaim(parsed, computed);
  if (verdict.ok && digitsAgree(parsed, computed)) return { ...base, computed, status: "ok" };
  const truncated = parsed.mode === "round" && compareClaim({ ...parsed, mode: "truncate" }, computed).ok;
  return {
    ...base,
    computed,
    status: "wrong",
    message:
      `the computed value ${VERB[parsed.mode]} ${verdict.expected}` +
      (truncated ? "; the written digits are a truncation: end them with … to say so" : ""),
  };
}

/**
 * For a number written to 16 or more significant digits (a sample's full output), two different written numbers can be
 * the same double, so a comparison of doubles cannot tell them apart: the written digits must be the computed value's
 * own digits at that precision.
 */
function digitsAgree(w: Written, computed: number): boolean {
  if (w.mode !== "round" || w.fraction || w.words) return true;
  const significant = `${w.digits.int}${w.digits.frac}`.replace(/^0+/, "").length;
  if (significant < 16) return true;
  const shown = w.percent ? computed * 100 : computed;
  const expected = w.scientific ? shown.toExponential(w.decimals) : shown.toFixed(w.decimals);
  const e = /^(-)?(\d+)(?:\.(\d+))?(?:e([-+]\d+))?$/.exec(expected);
  if (!e) return false;
  const negative = e[1] === "-" && /[1-9]/.test(expected.split("e")[0]!);
  return (
    negative === (w.digits.negative && /[1-9]/.test(w.digits.int + w.digits.frac)) &&
    e[2]!.replace(/^0+(?=\d)/, "") === w.digits.int.replace(/^0+(?=\d)/, "") &&
    (e[3] ?? "") === w.digits.frac &&
    Number(e[4] ?? 0) === (w.scientific ? w.digits.exponent : 0)
  );
}

/** A number the author marked free, with the reason it feeds no computation: shown in the report, not checked. Without a reason it is an error. */
export function freeClaim(site: ClaimSite, written: string, reason: string | null): Claim {
  if (!reason?.trim()) {
    return errorClaim(
      site,
      written,
      null,
      String.raw`a free number must say why it feeds no computation: <Num free="section">, \free[year]{…}; an input of a computation binds to the article's setup instead`,
    );
  }
  return { ...site, written, expression: null, computed: null, status: "free", message: reason.trim() };
}

/** A claim that could not even be formed (a malformed tag or macro, a sample that would not run). */
export function errorClaim(site: ClaimSite, written: string, expression: string | null, message: string): Claim {
  return { ...site, written, expression, computed: null, status: "error", message };
}

function clip(text: string): string {
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}
