import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { buildSync } from "esbuild";
import type { ContainedJob, ContainedOutcome } from "./contained-protocol.ts";

/** Time and memory limits of a contained run. */
export interface ContainedLimits {
  /** Each expression or sample, including its promise jobs and the formatting of what it printed. */
  readonly jobMs: number;
  /** The whole child process, after which it is killed whatever it is doing. */
  readonly totalMs: number;
  readonly memoryMb: number;
}

const RUNS = Symbol.for("sigmoid-gradients.contained-runs");

/** The limits the checker runs articles under. */
export const LIMITS: ContainedLimits = { jobMs: 10_000, totalMs: 180_000, memoryMb: 256 };

// The runner does not change with the articles; the realm's setup is bundled at each run, so it has the current src/grad.
let runner: string | undefined;

// The build checks every article before it renders any, then renders each with the same claims: runContainedOnce answers
// a batch already run against the same gradient module from here instead of a second child process. Checked code is
// deterministic (no Math.random, Date or timers), so the same jobs and realm give the same outcomes. The claims pages
// run a bundled copy of this module in the same process: both copies share one memory, registered under a global symbol.
const ran: Map<string, ContainedOutcome[]> = ((globalThis as { [RUNS]?: Map<string, ContainedOutcome[]> })[RUNS] ??= new Map());
const MAX_REMEMBERED = 64;

// A child killed mid-run loses the jobs after the one that stopped it; they get this many fresh children before giving up.
const MAX_CHILDREN = 3;

/** The child's command line: the permission model with nothing allowed, a heap limit, no eval, the script on stdin. */
export const CHILD_ARGS = (limits: ContainedLimits): string[] => [
  "--permission",
  `--max-old-space-size=${limits.memoryMb}`,
  "--disallow-code-generation-from-strings",
  "-",
];

/**
 * Evaluates a batch of expressions and compiled samples in one child process: Node's permission model on (no file
 * system, child processes or workers), an empty environment, a heap limit and a hard time limit; each job in a fresh
 * realm holding its own copy of the gradient module, built from src/grad by esbuild at each call. Never throws.
 */
export function runContained(jobs: readonly ContainedJob[], limits: ContainedLimits = LIMITS): ContainedOutcome[] {
  const outcomes: ContainedOutcome[] = [];
  if (jobs.length === 0) return outcomes;
  const realmScript = bundle("realm-setup.ts", "neutral");
  runner ??= bundle("contained-runner.ts", "node");
  for (let child = 0; outcomes.length < jobs.length; child++) {
    if (child === MAX_CHILDREN) {
      const left = jobs.length - outcomes.length;
      for (let i = 0; i < left; i++) outcomes.push({ error: "not evaluated: earlier code of this article stopped the checker" });
      break;
    }
    const pending = jobs.slice(outcomes.length);
    const input = JSON.stringify({ jobs: pending, realmScript, jobMs: limits.jobMs });
    // No network in Node 24's permission model: the child's own fetch and WebSocket go too (the realm never had them).
    const script = `delete globalThis.fetch; delete globalThis.WebSocket; delete globalThis.EventSource;\n${runner}\n__runner.runJobs(${input}, (line) => process.stdout.write(line + "\\n"));`;
    const run = spawnSync(process.execPath, CHILD_ARGS(limits), {
      input: script,
      encoding: "utf8",
      env: {},
      cwd: tmpdir(),
      timeout: limits.totalMs,
      killSignal: "SIGKILL",
      maxBuffer: 256 * 1024 * 1024,
    });
    const done = (run.stdout ?? "").split("\n").flatMap((line) => (line ? [JSON.parse(line) as ContainedOutcome & { index: number }] : []));
    for (const { index: _index, ...outcome } of done) outcomes.push(outcome as ContainedOutcome);
    if (done.length < pending.length) {
      outcomes.push({ error: stopped(run, limits) });
    }
  }
  return outcomes;
}

/** Where runContainedOnce keeps the outcomes of batches that finished, one file per batch. */
const CACHE_DIR = path.resolve("node_modules/.cache/contained-runs");

/**
 * runContained, with the outcomes of a batch kept in memory and on disk and reused when the same jobs run again under
 * the same limits, runner, realm (the gradient module, bundled) and Node: the build checks each article's numbers twice (its page and its
 * claims page), the unit tests again. The outcomes are a function of those inputs (checked code gets no clock, no
 * randomness, no I/O); a batch with any error, a time or memory limit among them, is never kept, so it always runs.
 */
export function runContainedOnce(jobs: readonly ContainedJob[], limits: ContainedLimits = LIMITS): ContainedOutcome[] {
  if (jobs.length === 0) return [];
  runner ??= bundle("contained-runner.ts", "node");
  const key = createHash("sha256")
    .update(JSON.stringify([process.version, CHILD_ARGS(limits), limits, runner, bundle("realm-setup.ts", "neutral"), jobs]))
    .digest("hex");
  const remembered = ran.get(key);
  if (remembered) return remembered.map((o) => ({ ...o }));
  const file = path.join(CACHE_DIR, `${key}.json`);
  if (existsSync(file)) {
    try {
      const kept = JSON.parse(readFileSync(file, "utf8")) as ContainedOutcome[];
      if (Array.isArray(kept) && kept.length === jobs.length) return remember(key, kept);
    } catch {
      // A file cut short (a run killed while writing): run the batch again.
    }
  }
  const outcomes = runContained(jobs, limits);
  if (outcomes.every((o) => !("error" in o))) {
    remember(key, outcomes);
    try {
      mkdirSync(CACHE_DIR, { recursive: true });
      const partial = `${file}.${process.pid}`;
      writeFileSync(partial, JSON.stringify(outcomes));
      renameSync(partial, file);
    } catch {
      // No cache where the folder cannot be written: the next run evaluates the batch again.
    }
  }
  return outcomes;
}

// Keeps a finished batch's outcomes in this process's memory (the oldest goes past MAX_REMEMBERED) and returns copies.
function remember(key: string, outcomes: ContainedOutcome[]): ContainedOutcome[] {
  if (ran.size === MAX_REMEMBERED) ran.delete(ran.keys().next().value!);
  ran.set(key, outcomes.map((o) => ({ ...o })));
  return outcomes.map((o) => ({ ...o }));
}

function stopped(run: ReturnType<typeof spawnSync>, limits: ContainedLimits): string {
  const stderr = String(run.stderr ?? "");
  if ((run.error as NodeJS.ErrnoException | undefined)?.code === "ETIMEDOUT") {
    return `did not finish: the article's code ran past ${limits.totalMs / 1000} s in all and the checker stopped it here`;
  }
  if (/heap out of memory|Reached heap limit|allocation failed/i.test(stderr)) return `ran out of memory: the checker allows ${limits.memoryMb} MB`;
  const last = stderr.trim().split("\n").pop()?.slice(0, 200) ?? "";
  return `stopped the checker (${run.signal ?? `exit code ${run.status}`})${last ? `: ${last}` : ""}`;
}

// The realm's setup must be strict from its first line: its stack-trace hook then sees no caller's function or `this`.
function bundle(entry: string, platform: "neutral" | "node"): string {
  const result = buildSync({
    entryPoints: [sourceOf(entry)],
    bundle: true,
    write: false,
    format: "iife",
    platform,
    target: "es2022",
    logLevel: "silent",
    ...(platform === "node" ? { globalName: "__runner" } : { banner: { js: '"use strict";' } }),
  });
  return result.outputFiles[0]!.text;
}

// Beside this module when it runs from source; when a page that lists claims is bundled by the build, this module runs
// from a chunk elsewhere, and the sources are found from the project root the build runs in.
function sourceOf(name: string): string {
  const beside = path.join(path.dirname(fileURLToPath(import.meta.url)), name);
  return existsSync(beside) ? beside : path.resolve("src/claims", name);
}
