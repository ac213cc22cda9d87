import { isProblem, readable, type Claim } from "./claim.ts";

/** A claim's status as the reports print it: the status, and for a problem what is wrong. */
export function statusText(c: Claim): string {
  return c.status + (c.message && (isProblem(c) || c.status === "free") ? `: ${readable(c.message, 400)}` : "");
}

/** One line counting the claims by status: "145 numbers: 127 checked, 18 free, 0 problems". */
export function claimsSummary(claims: readonly Claim[]): string {
  const count = (s: string) => claims.filter((c) => c.status === s).length;
  return `${claims.length} numbers: ${count("ok")} checked, ${count("free")} free, ${claims.filter(isProblem).length} problems`;
}

/** The claims as a Markdown table (where, written, expression, computed, status), for a pull request's job summary. */
export function claimsMarkdown(claims: readonly Claim[]): string {
  const cell = (s: string) => readable(s).replace(/\|/g, "\\|");
  const rows = claims.map((c) =>
    [
      `${c.file}:${c.line}`,
      cell(c.written),
      c.expression === null ? "—" : `\`${cell(c.expression)}\``,
      c.computed === null ? "—" : String(c.computed),
      cell(statusText(c)),
    ].join(" | "),
  );
  return [`## Every number, written and computed`, "", claimsSummary(claims), "", "| where | written | expression | computed | status |", "| --- | --- | --- | --- | --- |", ...rows.map((r) => `| ${r} |`)].join("\n");
}
