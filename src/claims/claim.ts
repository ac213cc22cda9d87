import type { NumberContext } from "./find-numbers.ts";

/** The state of one number on a page: checked and right, deliberately free, or a build-stopping problem. */
export type ClaimStatus = "ok" | "free" | "wrong" | "error" | "unbound";

/** One number a reader sees, where it stands, what it claims and what the code computed. */
export interface Claim {
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly context: NumberContext;
  readonly written: string;
  /** The expression (or, in a runnable sample, the printing line); null for free and unbound numbers. */
  readonly expression: string | null;
  readonly computed: number | null;
  readonly status: ClaimStatus;
  /** What is wrong, for the problem statuses. */
  readonly message?: string;
}

/** True for the statuses that stop the build. */
export function isProblem(claim: Claim): boolean {
  return claim.status === "wrong" || claim.status === "error" || claim.status === "unbound";
}

/** Writes a problem the way the build reports it: file:line:column, then written, expression and computed, each cut to a readable length. */
export function formatProblem(claim: Claim): string {
  const lines = [`${claim.file}:${claim.line}:${claim.column}  ${headline(claim)}`, `  written:    ${readable(claim.written)}`];
  if (claim.expression !== null) lines.push(`  expression: ${readable(claim.expression)}`);
  if (claim.computed !== null) lines.push(`  computed:   ${claim.computed}`);
  if (claim.message) lines.push(`  ${readable(claim.message, 400)}`);
  return lines.join("\n");
}

/** A text on one line and at most `max` characters, ending in … with the count when it was cut. */
export function readable(text: string, max = 200): string {
  const one = text.replace(/\s*\n\s*/g, " ");
  return one.length > max ? `${one.slice(0, max)}… (${one.length} characters)` : one;
}

function headline(claim: Claim): string {
  if (claim.status === "unbound") return `unchecked number in ${claim.context === "math" ? "maths" : claim.context}`;
  if (claim.status === "wrong") return "written number does not match the computed value";
  return "number could not be checked";
}
