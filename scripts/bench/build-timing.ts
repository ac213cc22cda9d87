import { spawnSync } from "node:child_process";
import { rmSync } from "node:fs";
import { performance } from "node:perf_hooks";
import { collectClaims } from "../../src/claims/collect-claims.ts";

/** How long the build takes from nothing and again, and how much of it is checking numbers and running samples. */
export interface BuildTiming {
  readonly coldSeconds: number;
  readonly warmSeconds: number;
  readonly claims: number;
  /** Checking every claim and running every sample once, as a build does, in milliseconds. */
  readonly claimsMs: number;
  readonly claimsShare: number;
}

function timedBuild(): number {
  const t = performance.now();
  const build = spawnSync(process.execPath, ["node_modules/astro/bin/astro.mjs", "build"], { encoding: "utf8" });
  if (build.status !== 0) throw new Error(`build failed:\n${build.stdout}${build.stderr}`);
  return (performance.now() - t) / 1000;
}

/** Where the checker keeps the outcomes of finished contained runs (src/claims/run-contained.ts). */
const CONTAINED_RUNS = "node_modules/.cache/contained-runs";

/** Builds cold (no dist, no Astro or Vite caches), then warm, and times the claims check on its own. */
export function buildTiming(): BuildTiming {
  for (const dir of ["dist", ".astro", ".cache", CONTAINED_RUNS]) rmSync(dir, { recursive: true, force: true });
  const coldSeconds = timedBuild();
  const warmSeconds = timedBuild();
  // Once only: the trainings behind the lab's numbers are cached after the first run, as they are in a build.
  // Without the contained runs the builds kept: the claims check evaluates every number, as a build with a new article does.
  rmSync(CONTAINED_RUNS, { recursive: true, force: true });
  const t = performance.now();
  const claims = collectClaims("content/articles").length;
  const claimsMs = performance.now() - t;
  return { coldSeconds, warmSeconds, claims, claimsMs, claimsShare: claimsMs / 1000 / warmSeconds };
}
