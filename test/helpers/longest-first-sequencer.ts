import { existsSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { BaseSequencer, type TestSpecification } from "vitest/node";

const root = path.resolve(import.meta.dirname, "../..");
const DURATIONS = path.join(root, "test/file-durations.json");

/** Seconds per 1000 bytes of a test file never timed: browser files run about ten times longer than Node files of their size. */
const SECONDS_PER_KB = { e2e: 3, other: 0.3 };

/**
 * Orders the test files longest first across all projects. Vitest's own order runs the projects one after another
 * by name, so the unit files, some of them long, started last while a worker sat idle. With the longest first, the
 * workers finish close together and a long file does not become the run's tail. A file's length is its duration in
 * Vitest's cache of the last run; on a fresh clone, the one test/file-durations.json records (scripts/test-durations.mjs
 * writes it from a run's report); for a file in neither, an estimate from its size.
 */
export class LongestFirstSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const recorded: Record<string, number> = existsSync(DURATIONS) ? JSON.parse(readFileSync(DURATIONS, "utf8")) : {};
    const seconds = (f: TestSpecification): number => {
      const cached = this.ctx.cache.getTestSpecificationResult(f)?.duration;
      if (cached !== undefined) return cached / 1000;
      return recorded[path.relative(root, f.moduleId)] ?? (statSync(f.moduleId).size / 1000) * (f.project.name === "e2e" ? SECONDS_PER_KB.e2e : SECONDS_PER_KB.other);
    };
    return files
      .map((f) => ({ f, cost: seconds(f) }))
      .sort((a, b) => b.cost - a.cost)
      .map(({ f }) => f);
  }
}
