import type { Claim } from "./claim.ts";
import { compareClaim } from "./compare-claim.ts";
import { parseWritten, type WrittenMode } from "./parse-written.ts";

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
        `"${clip(written)}" is not one number in a form the checker reads: fixed (0.197), scientific (6.22e-61, 6.22 × 10⁻⁶¹), ` +
        "percentage (0.023 %), truncated (0.598…) or loose (≈ 0.2)",
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
  const verdict = compareClaim(parsed, computed);
  if (verdict.ok) return { ...base, computed, status: "ok" };
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

/** A number the author marked free: shown in the report, not checked. */
export function freeClaim(site: ClaimSite, written: string): Claim {
  return { ...site, written, expression: null, computed: null, status: "free" };
}

/** A claim that could not even be formed (a malformed tag or macro, a sample that would not run). */
export function errorClaim(site: ClaimSite, written: string, expression: string | null, message: string): Claim {
  return { ...site, written, expression, computed: null, status: "error", message };
}

function clip(text: string): string {
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}
