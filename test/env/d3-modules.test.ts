import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const src = path.resolve(import.meta.dirname, "../../src");

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(path.join(dir, e.name)) : /\.(ts|astro|mjs)$/.test(e.name) ? [path.join(dir, e.name)] : []));
}

describe("d3 imports", () => {
  it("come from its modules (d3-selection, d3-array, …), never from the whole d3 bundle", () => {
    const offenders = files(src).filter((f) => /from\s+["']d3["']|import\(\s*["']d3["']\s*\)/.test(readFileSync(f, "utf8")));
    expect(offenders).toEqual([]);
    expect(files(src).some((f) => /from\s+["']d3-selection["']/.test(readFileSync(f, "utf8")))).toBe(true);
  });
});
