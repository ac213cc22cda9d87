// Prints every number of every article: where it is, what is written, the expression, the computed value, the status.
// With --markdown it prints a Markdown table instead (the pull-request job summary).
import { isProblem, readable } from "../src/claims/claim.ts";
import { claimsMarkdown, claimsSummary, statusText } from "../src/claims/claims-markdown.ts";
import { collectClaims } from "../src/claims/collect-claims.ts";

const claims = collectClaims("content/articles");
if (process.argv.includes("--markdown")) {
  console.log(claimsMarkdown(claims));
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
}
process.exitCode = claims.some(isProblem) ? 1 : 0;
