import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { LIMITS, type ContainedLimits } from "../../src/claims/run-contained.ts";
import { checkContent } from "../../src/content-check/check-content.ts";
import { formatContentProblems } from "../../src/content-check/content-problem.ts";

const root = path.resolve(import.meta.dirname, "../..");
const fixtures = path.join(root, "test/fixtures/hostile-content");
// A hang is stopped the same way whatever the limit (the build test of the looping sample, test/e2e/build-failure.test.ts,
// stops one in a build). Each fixture here holds one job, which ends at once unless it hangs, and a hang spins a core
// until the limit: a quarter of a second is as good a proof as the checker's 10.
const HANG: ContainedLimits = { ...LIMITS, jobMs: 250 };
const hangMessage = (what: string) => `the ${what} did not finish within ${HANG.jobMs / 1000} s`;

/** Each hostile fixture folder, the class it belongs to, where its problem must be reported, and words the message must contain. */
const CASES: Record<string, { kind: string; at: string; says: string[]; limits?: ContainedLimits }> = {
  "escape-num": { kind: "escape", at: "escape-num.mdx:10:21", says: ["EvalError: Code generation from strings disallowed"] },
  "escape-math": { kind: "escape", at: "escape-math.mdx:10:17", says: ["EvalError: Code generation from strings disallowed"] },
  "escape-sample": { kind: "escape", at: "escape-sample.mdx:11:1", says: ['may import only from "~/grad", not "node:fs"'] },
  "looping-tostring": { kind: "hang", at: "looping-tostring.mdx:10:48", says: [hangMessage("expression")], limits: HANG },
  "thrown-looping-object": { kind: "hang", at: "thrown-looping-object.mdx:11:1", says: [hangMessage("sample")], limits: HANG },
  // Each turn of this loop allocates, so the memory limit may stop it before the time limit does: either ends it.
  "microtask-loop": { kind: "hang", at: "microtask-loop.mdx:10:29", says: ["number could not be checked"], limits: HANG },
  "async-loop": { kind: "hang", at: "async-loop.mdx:11:1", says: [hangMessage("sample")], limits: HANG },
  "infinite-while": { kind: "hang", at: "infinite-while.mdx:11:1", says: [hangMessage("sample")], limits: HANG },
  "out-of-memory": { kind: "hang", at: "out-of-memory.mdx:10:44", says: ["ran out of memory: the checker allows 256 MB"] },
  "poisoned-math": { kind: "poisoning", at: "poisoned-math.mdx:17:40", says: ["written:    1.000", "the computed value rounds to 0.731"] },
  "written-overflow": { kind: "overflow", at: "written-overflow.mdx:10:29", says: ['"1e400" is beyond the largest finite double'] },
  "output-out-of-place": { kind: "out of place", at: "output-out-of-place.mdx:13:28", says: ["this line printed nothing"] },
  "math-random": { kind: "determinism", at: "math-random.mdx:10:20", says: ["Math.random is not available to checked code"] },
  "huge-output": { kind: "message", at: "huge-output.mdx:11:1", says: ["the sample printed 200000 lines; the checker reads at most 1000"] },
  "compile-error": { kind: "message", at: "compile-error.mdx:13:7", says: ['the sample does not compile: Expected identifier but found "="'] },
};

describe("checkContent on hostile articles", () => {
  it("has a case for every fixture folder", () => {
    expect(readdirSync(fixtures).sort()).toEqual(Object.keys(CASES).sort());
  });

  for (const [name, { at, says, limits }] of Object.entries(CASES)) {
    it(`${name}: fails with file:line and a short message, no stack trace`, { timeout: 60_000 }, () => {
      const problems = checkContent(path.join(fixtures, name), { numbers: true, root, ...(limits ? { limits } : {}) });
      const report = formatContentProblems(problems);
      expect(report).toContain(`test/fixtures/hostile-content/${name}/${at}`);
      for (const words of says) expect(report).toContain(words);
      expect(report).not.toMatch(/^\s+at /m);
      expect(report.length).toBeLessThan(2000);
    });
  }

  it("the sample that tried to write a file wrote nothing", () => {
    expect(existsSync("/tmp/hostile-content-escaped.txt")).toBe(false);
  });
});
