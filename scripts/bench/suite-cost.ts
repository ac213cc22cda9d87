import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { SCAFFOLD_PLACEHOLDERS } from "../../src/lib/scaffold-article.ts";

/** What the test suite costs at one number of articles. */
export interface SuiteRun {
  readonly articles: number;
  readonly buildSeconds: number;
  /** Wall-clock seconds of `vitest run --project <name>`, start-up included, per project. */
  readonly projectSeconds: Readonly<Record<string, number>>;
  /** The browser project's tests' own durations added up (seconds): its browser time, whatever the parallelism. */
  readonly browserTestSeconds: number;
  readonly passed: number;
  readonly failed: number;
  /** Each failed test (or test file that failed before its tests ran): its file and name, and the first lines of its error. */
  readonly failures: readonly SuiteFailure[];
}

/** One failed test of a suite run, named so it can be found and run again. */
export interface SuiteFailure {
  readonly project: string;
  /** The test file, relative to the copy's root. */
  readonly file: string;
  /** The test's full name, or "(file)" for a file that failed outside its tests (an import, a hook). */
  readonly test: string;
  /** The first lines of the error, without colours or stack frames. */
  readonly error: string;
}

/** The suite's cost at today's articles and with generated ones added, and what each added article costs. */
export interface SuiteCost {
  readonly runs: readonly SuiteRun[];
  /** Seconds per added article, per project and for the browser tests' own time, between the first and last run. */
  readonly perArticle: Readonly<Record<string, number>>;
}

const PROJECTS = ["unit", "dom", "e2e"] as const;
const DIGITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"];
const SKIP = new Set(["node_modules", "dist", ".astro", ".git", "test-results", "bench-results"]);

/** Vitest's JSON report, in the parts read here. */
interface VitestReport {
  numPassedTests: number;
  numFailedTests: number;
  testResults: { name: string; status: string; message: string; assertionResults: { fullName: string; status: string; duration?: number; failureMessages: string[] }[] }[];
}

/** The first lines of an error message that say what went wrong: colours and stack frames dropped. */
function firstLines(message: string, lines = 4): string {
  return message
    .replace(/\x1b\[[0-9;]*m/g, "")
    .split("\n")
    .filter((l) => l.trim() !== "" && !/^\s+at /.test(l))
    .slice(0, lines)
    .join("\n");
}

/** The failed tests of one project's report, and the files that failed outside any test. */
function failuresOf(project: string, dir: string, json: VitestReport): SuiteFailure[] {
  return json.testResults.flatMap((f) => {
    const file = path.relative(dir, f.name);
    const tests = f.assertionResults.filter((a) => a.status === "failed").map((a) => ({ project, file, test: a.fullName, error: firstLines(a.failureMessages.join("\n")) }));
    return f.status === "failed" && tests.length === 0 ? [{ project, file, test: "(file)", error: firstLines(f.message) }] : tests;
  });
}

function run(cwd: string, args: string[]): { status: number | null; output: string; seconds: number } {
  const t = performance.now();
  const r = spawnSync(process.execPath, args, { cwd, encoding: "utf8", maxBuffer: 256 << 20 });
  return { status: r.status, output: r.stdout + r.stderr, seconds: (performance.now() - t) / 1000 };
}

/** A copy of the project in a temporary folder, sharing node_modules, with `extra` articles added by `npm run new`. */
function copyWith(root: string, extra: number): string {
  const dir = mkdtempSync(path.join(tmpdir(), "suite-cost-"));
  for (const entry of readdirSync(root)) if (!SKIP.has(entry)) cpSync(path.join(root, entry), path.join(dir, entry), { recursive: true });
  symlinkSync(path.join(root, "node_modules"), path.join(dir, "node_modules"));
  for (let i = 1; i <= extra; i++) {
    const words = String(i).padStart(2, "0").split("").map((d) => DIGITS[Number(d)]).join(" ");
    const made = spawnSync("npm", ["run", "--silent", "new", "--", `Generated article ${words}`], { cwd: dir, encoding: "utf8" });
    if (made.status !== 0) throw new Error(`npm run new failed:\n${made.stdout}${made.stderr}`);
    // A first sentence of its own, so that the search test's phrase (its second to fifth words) finds this article alone.
    const file = path.join(dir, "content/articles", `generated-article-${words.replaceAll(" ", "-")}.mdx`);
    let text = readFileSync(file, "utf8").replace("\nEvery decimal you write", `\nArticle ${words} is generated to measure the suite.\n\nEvery decimal you write`);
    // An author's first edit: the placeholders the content check refuses, replaced by text of the article's own. The
    // source is off example.org, which the reader-features test takes for the stand-in of an unset site address.
    const own: Record<keyof typeof SCAFFOLD_PLACEHOLDERS, string> = {
      description: `Generated article ${words}, one of the articles added to measure what each article costs the test suite.`,
      sourceTitle: `A post for generated article ${words}`,
      sourceUrl: `https://posts.invalid/generated-${words.replaceAll(" ", "-")}`,
    };
    for (const key of Object.keys(SCAFFOLD_PLACEHOLDERS) as (keyof typeof SCAFFOLD_PLACEHOLDERS)[]) text = text.replace(SCAFFOLD_PLACEHOLDERS[key], own[key]);
    writeFileSync(file, text);
  }
  return dir;
}

/** Builds the copy, then runs each Vitest project on its own, timing it and reading its JSON report. */
function measure(dir: string): SuiteRun {
  const articles = readdirSync(path.join(dir, "content/articles")).filter((f) => f.endsWith(".mdx")).length;
  const build = run(dir, ["node_modules/astro/bin/astro.mjs", "build"]);
  if (build.status !== 0) throw new Error(`the build of ${articles} articles failed:\n${build.output}`);
  const projectSeconds: Record<string, number> = {};
  let browserTestSeconds = 0;
  let passed = 0;
  let failed = 0;
  const failures: SuiteFailure[] = [];
  for (const project of PROJECTS) {
    const report = path.join(dir, `test-results/${project}.json`);
    const r = run(dir, ["node_modules/vitest/vitest.mjs", "run", "--project", project, "--reporter=json", `--outputFile=${report}`]);
    projectSeconds[project] = r.seconds;
    const json = JSON.parse(readFileSync(report, "utf8")) as VitestReport;
    passed += json.numPassedTests;
    failed += json.numFailedTests;
    failures.push(...failuresOf(project, dir, json));
    if (project === "e2e") browserTestSeconds = json.testResults.flatMap((f) => f.assertionResults).reduce((s, a) => s + (a.duration ?? 0), 0) / 1000;
  }
  return { articles, buildSeconds: build.seconds, projectSeconds, browserTestSeconds, passed, failed, failures };
}

/**
 * Measures the suite in a temporary copy of the project with today's articles, then with `added` more made by the
 * scaffold (`npm run new`); the copies are removed after. Heavy: two builds and two full test runs.
 */
export function suiteCost(root = process.cwd(), added = 40): SuiteCost {
  const runs: SuiteRun[] = [];
  for (const extra of [0, added]) {
    const dir = copyWith(root, extra);
    try {
      runs.push(measure(dir));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  const [first, last] = [runs[0]!, runs.at(-1)!];
  const n = last.articles - first.articles;
  const perArticle: Record<string, number> = { build: (last.buildSeconds - first.buildSeconds) / n, "browser tests' own time": (last.browserTestSeconds - first.browserTestSeconds) / n };
  for (const p of PROJECTS) perArticle[p] = (last.projectSeconds[p]! - first.projectSeconds[p]!) / n;
  return { runs, perArticle };
}
