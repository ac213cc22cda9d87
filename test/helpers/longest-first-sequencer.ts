import { statSync } from "node:fs";
import { BaseSequencer, type TestSpecification } from "vitest/node";

/** Roughly how many times longer a browser file runs than a Node file of the same size (measured: 10 to 20). */
const BROWSER_WEIGHT = 10;

/**
 * Orders the test files longest first across all projects. Vitest's own order runs the projects one after another
 * by name, so the unit files, some of them long, started last while a worker sat idle. With the longest first, the
 * workers finish close together and a new long file does not become the run's tail. A file's length is its duration
 * in Vitest's cache of the last run when every file has one; else (a fresh clone) its size, weighted for browser files.
 */
export class LongestFirstSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const timed = files.map((f) => this.ctx.cache.getTestSpecificationResult(f)?.duration);
    const cost = timed.every((d): d is number => d !== undefined)
      ? timed
      : files.map((f) => statSync(f.moduleId).size * (f.project.name === "e2e" ? BROWSER_WEIGHT : 1));
    const order = files.map((f, i) => ({ f, cost: cost[i]! }));
    return order.sort((a, b) => b.cost - a.cost).map(({ f }) => f);
  }
}
