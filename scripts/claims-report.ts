// Prints every number of every article: where it is, what is written, the expression, the computed value, the status;
// then the counts by form and status, and the checker's mutation score (the exit code is 1 below 100 %).
// With --markdown it prints a Markdown table instead (the pull-request job summary).
import { isProblem, readable } from "../src/claims/claim.ts";
import { claimsMarkdown, claimsSummary, statusText } from "../src/claims/claims-markdown.ts";
import { collectClaims } from "../src/claims/collect-claims.ts";
import { claimForm, mutationScore } from "../src/claims/mutation-score.ts";

const claims = collectClaims("content/articles");
const score = mutationScore(claims);
const scoreLine = `mutation score: ${score.killed} of ${score.total} checked numbers reject a neighbour one unit away (${((100 * score.killed) / Math.max(1, score.total)).toFixed(1)} %)`;
if (score.survivors.length > 0) process.exitCode = 1;
if (process.argv.includes("--markdown")) {
  console.log(claimsMarkdown(claims));
  console.log(`\n${scoreLine}`);
} else {
  const rows = claims.map((c) => [
    `${c.file}:${c.line}`,
    readable(c.written),
    c.expression === null ? "—" : readable(c.expression),
    c.computed === null ? "—" : String(c.computed),
    statusText(c),
  ]);
  const header = ["where", "written", "expression", "computed", "status"];
  const widths = header.map((h, i) => Math.min(48, Math.max(h.length, ...rows.map((r) => r[i]!.length))));
  const line = (cells: string[]) => cells.map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i]!))).join("  ");
  console.log(line(header));
  for (const r of rows) console.log(line(r));
  console.log(`\n${claimsSummary(claims)}`);
  const tally = (key: (c: (typeof claims)[number]) => string): string => {
    const counts = new Map<string, number>();
    for (const c of claims) counts.set(key(c), (counts.get(key(c)) ?? 0) + 1);
    return [...counts].map(([k, n]) => `${k} ${n}`).join(", ");
  };
  console.log(`by form: ${tally(claimForm)}`);
  console.log(`by status: ${tally((c) => c.status)}`);
  console.log(scoreLine);
  for (const s of score.survivors) console.log(`  survives: ${s.claim.file}:${s.claim.line} ${s.claim.written} → ${s.mutant ?? "(no neighbour to try)"}`);
}
if (claims.some(isProblem)) process.exitCode = 1;
