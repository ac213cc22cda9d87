// `npm test` after its tool checks: the type checks and the build side by side (each mostly on one core), then Vitest,
// then the summary line. Every step still runs; a failed one fails the whole, and its output is printed whole.
import { spawn } from "node:child_process";

// Each tool's own entry point, run by the Node that runs this script (the project's, under npm).
const ASTRO = "node_modules/astro/bin/astro.mjs";
const TSC = "node_modules/typescript/bin/tsc";
const VITEST = "node_modules/vitest/vitest.mjs";

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

const started = performance.now();
const seconds = () => `${((performance.now() - started) / 1000).toFixed(0)} s`;
const report = (name, { status, output }) => {
  console.log(`\n── ${name}: ${status === 0 ? "passed" : `failed (exit ${status})`} at ${seconds()}\n${output.trimEnd()}`);
  return status === 0;
};

// `astro check` would regenerate .astro/ (the content types tsc reads) while the build writes the same files: it waits
// for the build to have written them, then checks without writing them again.
let typesWritten;
const typesReady = new Promise((resolve) => (typesWritten = resolve));
const build = run([ASTRO, "build"], (output) => {
  if (/\[types\] Generated/.test(output)) typesWritten();
}).then((result) => {
  typesWritten();
  return result;
});
const checks = typesReady.then(async () => {
  const astroCheck = await run([ASTRO, "check", "--noSync"]);
  if (astroCheck.status !== 0) return [astroCheck];
  return [astroCheck, await run([TSC, "--noEmit", "-p", "tsconfig.json"])];
});

const [astroCheck, tsc] = await checks;
const built = await build;
let ok = report("astro check", astroCheck);
if (tsc) ok = report("tsc --noEmit", tsc) && ok;
ok = report("astro build", built) && ok;
if (!ok) process.exit(1);

const vitest = spawn(process.execPath, [VITEST, "run", "--reporter=default", "--reporter=json", "--outputFile.json=test-results/vitest.json"], { stdio: "inherit" });
const status = await new Promise((resolve) => vitest.on("close", resolve));
const summary = spawn(process.execPath, ["scripts/test-summary.mjs"], { stdio: "inherit" });
const summaryStatus = await new Promise((resolve) => summary.on("close", resolve));
console.log(`npm test took ${seconds()} after its tool checks`);
process.exit(status || summaryStatus);
