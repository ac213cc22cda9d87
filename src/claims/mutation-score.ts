import type { Claim } from "./claim.ts";
import { judgeClaim } from "./judge-claim.ts";
import { mutateWritten, parseWritten, writtenForm } from "./parse-written.ts";

/** How many checked claims the checker tells apart from their nearest wrong neighbours, and which it does not. */
export interface MutationScore {
  readonly killed: number;
  readonly total: number;
  /** Each checked claim with a neighbour the checker accepted (or none to try), and that neighbour. */
  readonly survivors: readonly { readonly claim: Claim; readonly mutant: string | null }[];
}

/**
 * The checker's self-test: every checked claim's written value is moved by one unit in its last written place (two
 * for a loose "≈" claim), up and down, and judged again against the same computed value; each move must be rejected.
 */
export function mutationScore(claims: readonly Claim[]): MutationScore {
  const checked = claims.filter((c) => c.status === "ok" && c.expression !== null && c.computed !== null);
  const survivors: { claim: Claim; mutant: string | null }[] = [];
  for (const c of checked) {
    const mutants = mutateWritten(c.written);
    const accepted = mutants.find((m) => judgeClaim(c, m, c.expression!, () => c.computed!).status !== "wrong");
    if (mutants.length === 0 || accepted !== undefined) survivors.push({ claim: c, mutant: accepted ?? null });
  }
  return { killed: checked.length - survivors.length, total: checked.length, survivors };
}

/** The forms the claims report counts. */
export type ClaimForm = "decimal" | "scientific" | "integer" | "fraction" | "percentage" | "sample output" | "other";

/** The form of a claim: a runnable sample's output, or the form of its written number. */
export function claimForm(c: Claim): ClaimForm {
  if (c.context === "code" && c.expression !== null) return "sample output";
  const w = parseWritten(c.written);
  return w ? writtenForm(w) : "other";
}
