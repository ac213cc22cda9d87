import { spawnSync } from "node:child_process";
import { copyFileSync, cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";

const project = path.resolve(import.meta.dirname, "../..");
const fixture = path.join(project, "test/fixtures/five-problems/five-problems.mdx");
const text = readFileSync(fixture, "utf8");
/** The 1-based line of the fixture holding `marker`, read from the fixture itself. */
const lineOf = (marker: string): number => text.slice(0, text.indexOf(marker)).split("\n").length;
const dir = mkdtempSync(path.join(tmpdir(), "site-build-all-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("astro build with an article holding five different problems", () => {
  it("stops on its first run with all five, one line each at the article's line, no knock-on and no stack trace", () => {
    for (const f of ["astro.config.mjs", "tsconfig.json", "package.json"]) copyFileSync(path.join(project, f), path.join(dir, f));
    for (const d of ["src", "public"]) cpSync(path.join(project, d), path.join(dir, d), { recursive: true });
    symlinkSync(path.join(project, "node_modules"), path.join(dir, "node_modules"));
    mkdirSync(path.join(dir, "content/articles"), { recursive: true });
    copyFileSync(path.join(project, "content/references.yaml"), path.join(dir, "content/references.yaml"));
    copyFileSync(fixture, path.join(dir, "content/articles/five-problems.mdx"));
    const run = spawnSync(process.execPath, [path.join(project, "node_modules/astro/bin/astro.mjs"), "build"], { cwd: dir, encoding: "utf8", timeout: 600_000 });
    const output = (run.stdout + run.stderr).replace(/\x1b\[[0-9;]*m/g, "");
    expect(run.status, output).toBe(1);
    expect(output).toContain("Content check failed: 5 problems");
    const at = (marker: string) => `content/articles/five-problems.mdx:${lineOf(marker)}:`;
    const reported = output.split("\n").filter((l) => l.startsWith("content/articles/five-problems.mdx:"));
    expect(reported).toEqual([
      expect.stringMatching(new RegExp(`^${at("0.19662")}\\d+  number: written number does not match`)),
      expect.stringMatching(new RegExp(`^${at("[@nobody1999]")}\\d+  reference: \\[@nobody1999\\] cites nothing`)),
      expect.stringMatching(new RegExp(`^${at("\\sigmoid")}\\d+  maths: KaTeX cannot typeset this formula: .*Undefined control sequence`)),
      expect.stringMatching(new RegExp(`^${at("<TrainingRcae")}\\d+  component: unknown component <TrainingRcae>: did you mean <TrainingRace>\\?`)),
      expect.stringMatching(new RegExp(`^${at("w={99}")}\\d+  widget option: <SigmoidExplorer> option "w" = 99 is outside -10 to 10`)),
    ]);
    expect(output).not.toMatch(/refers to no figure|has no anchor|Stack trace|^\s+at /m);
    expect(output.match(/Content check failed/g)).toHaveLength(1);
  }, 600_000);
});
