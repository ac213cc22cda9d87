import { describe, expect, it } from "vitest";
import type { Claim } from "../../src/claims/claim.ts";
import { claimsMarkdown, claimsSummary } from "../../src/claims/claims-markdown.ts";

const base = { file: "content/articles/a.mdx", column: 1, context: "prose" as const };
const claims: Claim[] = [
  { ...base, line: 3, written: "0.19661", expression: "dsigmoid(1)", computed: 0.19661193324148185, status: "ok" },
  { ...base, line: 4, written: "0.16", expression: null, computed: null, status: "free" },
  { ...base, line: 5, written: "0.2|0.3", expression: "a || b", computed: 0.5, status: "wrong", message: "the computed value rounds to 0.5" },
];

describe("claimsMarkdown", () => {
  it("counts the claims by status", () => {
    expect(claimsSummary(claims)).toBe("3 numbers: 1 checked, 1 free, 1 problems");
  });
  it("writes one table row per claim, escaping pipes so cells stay apart", () => {
    const lines = claimsMarkdown(claims).split("\n");
    const rows = lines.filter((l) => l.startsWith("| content/"));
    expect(rows).toEqual([
      "| content/articles/a.mdx:3 | 0.19661 | `dsigmoid(1)` | 0.19661193324148185 | ok |",
      "| content/articles/a.mdx:4 | 0.16 | — | — | free |",
      "| content/articles/a.mdx:5 | 0.2\\|0.3 | `a \\|\\| b` | 0.5 | wrong: the computed value rounds to 0.5 |",
    ]);
    // Every row has as many unescaped separators as the header.
    const cells = (l: string) => l.split(/(?<!\\)\|/).length;
    expect(new Set(lines.filter((l) => l.startsWith("|")).map(cells)).size).toBe(1);
  });
});
