// `npm test` after its tool checks: astro check and tsc side by side (each mostly on one core), then the build, then
// Vitest, then the summary line. A failed step fails the whole, and its output is printed whole.
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

// tsc reads the content types astro check generates first (.astro/): it starts once they are written. The build runs
// after both, alone: its checked numbers run under a wall-clock limit per expression, which a loaded machine can exceed.
let typesWritten;
const typesReady = new Promise((resolve) => (typesWritten = resolve));
const astroCheck = run([ASTRO, "check"], (output) => {
  // Colours are on where CI asks for them: the line is read without them.
  if (/\[types\] Generated/.test(output.replace(/\x1b\[[0-9;]*m/g, ""))) typesWritten();
}).then((result) => {
  typesWritten();
  return result;
});
const tsc = typesReady.then(() => run([TSC, "--noEmit", "-p", "tsconfig.json"]));
let ok = report("astro check", await astroCheck);
ok = report("tsc --noEmit", await tsc) && ok;
if (ok) ok = report("astro build", await run([ASTRO, "build"]));
if (!ok) process.exit(1);

const vitest = spawn(process.execPath, [VITEST, "run", "--reporter=default", "--reporter=json", "--outputFile.json=test-results/vitest.json"], { stdio: "inherit" });
const status = await new Promise((resolve) => vitest.on("close", resolve));
const summary = spawn(process.execPath, ["scripts/test-summary.mjs"], { stdio: "inherit" });
const summaryStatus = await new Promise((resolve) => summary.on("close", resolve));
console.log(`npm test took ${seconds()} after its tool checks`);
process.exit(status === 0 ? summaryStatus : 1);
