// `npm test` after its Node and Chromium checks. Three lines of work share the two cores: the build, which the browser
// tests wait for; astro check and tsc, on the types the build writes first; and the unit and DOM tests, which need no
// build. The browser tests start as soon as the build is done. A failed step fails the whole, and its output is
// printed whole; the last lines are the counts of every test and the time npm test took.
import { spawn } from "node:child_process";
import { readFileSync, rmSync } from "node:fs";

// Each tool's own entry point, run by the Node that runs this script (the project's, under npm).
const ASTRO = "node_modules/astro/bin/astro.mjs";
const TSC = "node_modules/typescript/bin/tsc";
const VITEST = "node_modules/vitest/vitest.mjs";
/** The JSON reports of the two Vitest runs, which scripts/test-summary.mjs and scripts/test-durations.mjs read. */
const REPORTS = { unitDom: "test-results/vitest-unit-dom.json", e2e: "test-results/vitest-e2e.json" };

/** When npm test began: the start of the shell npm runs the script in (its Node check included), or this script's. */
function startedAt() {
  try {
    const stat = readFileSync(`/proc/${process.ppid}/stat`, "utf8");
    const ticksAfterBoot = Number(stat.slice(stat.lastIndexOf(") ") + 2).split(" ")[19]);
    const boot = Number(/^btime (\d+)/m.exec(readFileSync("/proc/stat", "utf8"))[1]);
    // Linux counts a process's start in clock ticks of 1/100 s on every platform Node runs on.
    const at = boot * 1000 + ticksAfterBoot * 10;
    if (at <= Date.now() && Date.now() - at < 600_000) return at;
  } catch {
    // Not Linux: time from this script's start.
  }
  return performance.timeOrigin;
}
const started = startedAt();
const seconds = () => `${((Date.now() - started) / 1000).toFixed(0)} s`;

/** Runs a command; resolves with its exit status and what it printed, calling `onOutput` with the text so far. */
function run(args, onOutput = () => {}) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, { stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    const take = (d) => {
      output += d;
      onOutput(output);
    };
    child.stdout.on("data", take);
    child.stderr.on("data", take);
    child.on("close", (status) => resolve({ status, output }));
  });
}

/** Prints a finished step's output whole under its name; true when it passed. */
const report = (name, { status, output }) => {
  console.log(`\n── ${name}: ${status === 0 ? "passed" : `failed (exit ${status})`} at ${seconds()}\n${output.trimEnd()}`);
  return status === 0;
};

/** Vitest on some projects, with its JSON report; its own output is printed whole when it ends. */
const vitest = (projects, json, workers) =>
  run([VITEST, "run", ...projects.flatMap((p) => ["--project", p]), ...(workers ? [`--maxWorkers=${workers}`] : []), "--reporter=default", "--reporter=json", `--outputFile.json=${json}`]);

// A report left by an earlier run must not stand in for a run that does not happen this time (no build, no browser tests).
for (const file of Object.values(REPORTS)) rmSync(file, { force: true });

// The build runs with its whole check (every number and sample under its time limits, which are seconds against
// milliseconds of work, so sharing the cores leaves them far from reach). After its content check it writes the content
// types (.astro/), which astro check and tsc read: they start once it has, and astro check does not write them again (a second
// writer beside the build could leave a reader a half-written file). A build that stops before that leaves astro check
// to write them, and tsc to wait for it.
const plain = (text) => text.replace(/\x1b\[[0-9;]*m/g, "");
let typesWritten;
let typesSeen = false;
const typesReady = new Promise((resolve) => (typesWritten = resolve));
const build = run([ASTRO, "build"], (output) => {
  // Colours are on where CI asks for them: the line is read without them.
  if (!typesSeen && /\[types\] Generated/.test(plain(output))) {
    typesSeen = true;
    typesWritten(true);
  }
}).then((result) => {
  typesWritten(false);
  return result;
});
const astroCheck = typesReady.then((written) => run([ASTRO, "check", ...(written ? ["--noSync"] : [])]));
const tsc = typesReady.then((written) => (written ? undefined : astroCheck)).then(() => run([TSC, "--noEmit", "-p", "tsconfig.json"]));
// One worker: the build and the type checks hold the other core, and unit and DOM files share their worker's modules.
const unitDom = vitest(["unit", "dom"], REPORTS.unitDom, 1);

// Steps are printed in the order they finish, each once.
const steps = [
  ["astro build", build],
  ["astro check", astroCheck],
  ["tsc --noEmit", tsc],
  ["vitest (unit, dom)", unitDom],
];
let ok = true;
const printed = steps.map(([name, step]) => step.then((result) => (ok = report(name, result) && ok)));

const browser = build.then(({ status }) => (status === 0 ? vitest(["e2e"], REPORTS.e2e) : undefined));
printed.push(browser.then((result) => (result ? (ok = report("vitest (e2e)", result) && ok) : (ok = false))));
await Promise.all(printed);

const summary = spawn(process.execPath, ["scripts/test-summary.mjs", REPORTS.unitDom, REPORTS.e2e], { stdio: "inherit" });
const summaryStatus = await new Promise((resolve) => summary.on("close", resolve));
console.log(`npm test took ${seconds()} in all: tool checks, build and every test`);
process.exit(ok ? summaryStatus : 1);
