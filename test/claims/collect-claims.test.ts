import path from "node:path";
import { describe, expect, it } from "vitest";
import { collectClaims } from "../../src/claims/collect-claims.ts";
import { isProblem } from "../../src/claims/claim.ts";

describe("collectClaims(dir)", () => {
  it("lists every claim of every fixture article, in file order, with their problems", () => {
    const claims = collectClaims(path.resolve(import.meta.dirname, "../fixtures/articles"));
    const files = [...new Set(claims.map((c) => path.basename(c.file)))];
    expect(files).toEqual([...files].sort());
    expect(claims.filter((c) => c.file.endsWith("good.mdx")).every((c) => !isProblem(c))).toBe(true);
    expect(claims.find((c) => c.file.endsWith("wrong-digit.mdx"))).toMatchObject({ status: "wrong", written: "0.19662", line: 12 });
  });
});
