import path from "node:path";
import { describe, expect, it } from "vitest";
import type { Claim } from "../../src/claims/claim.ts";
import { collectClaims } from "../../src/claims/collect-claims.ts";
import { claimForm, mutationScore } from "../../src/claims/mutation-score.ts";

const root = path.resolve(import.meta.dirname, "../..");
const site = { file: "a.mdx", line: 1, column: 1, context: "prose" as const };
const ok = (written: string, computed: number, context: Claim["context"] = "prose"): Claim => ({ ...site, context, written, expression: "x", computed, status: "ok" });

describe("mutationScore(claims)", () => {
  it("rejects, for every checked number of the four articles, the neighbours one unit away in the last written place", () => {
    const claims = collectClaims(path.join(root, "content/articles"), root);
    const score = mutationScore(claims);
    expect(score.total).toBe(claims.filter((c) => c.status === "ok").length);
    expect(score.total).toBeGreaterThan(200);
    expect(score.survivors.map((s) => `${s.claim.file}:${s.claim.line} ${s.claim.written} → ${s.mutant}`)).toEqual([]);
  }, 60_000);
  it("kills a full-precision sample output whose neighbour is the same double", () => {
    // 0.19661193324148185 and …186 parse to the same double: only the digits tell them apart.
    expect(Number("0.19661193324148186")).toBe(Number("0.19661193324148185"));
    expect(mutationScore([ok("0.19661193324148185", 0.19661193324148185, "code")]).killed).toBe(1);
  });
  it("names a claim as a survivor when the checker accepts its neighbour, or there is none to try", () => {
    // A loose claim one unit from the computed value: its neighbour two units up is one unit from it, and accepted.
    const loose = ok("≈ 0.2", 0.3);
    const unreadable = ok("6.2.2.2", 6);
    const score = mutationScore([ok("0.25", 0.25), loose, unreadable]);
    expect(score).toMatchObject({ killed: 1, total: 3 });
    expect(score.survivors).toEqual([
      { claim: loose, mutant: "≈ 0.4" },
      { claim: unreadable, mutant: null },
    ]);
  });
});

describe("claimForm(claim)", () => {
  it("tells sample outputs, fractions, words, percentages and decimals apart", () => {
    expect([ok("0.5", 0.5, "code"), ok("\\tfrac{8}{27}", 8 / 27), ok("four", 4), ok("75 %", 0.75), ok("0.25", 0.25), ok("6.2e-3", 0.0062)].map(claimForm)).toEqual([
      "sample output", "fraction", "integer", "percentage", "decimal", "scientific",
    ]);
  });
});
