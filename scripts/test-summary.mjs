// Prints the Vitest JSON reports named on the command line (by default npm test's two) as one closing line,
// "N passed, N failed", that any CI can read. A report that is missing (its run never started) fails the summary.
import { existsSync, readFileSync } from "node:fs";

const files = process.argv.length > 2 ? process.argv.slice(2) : ["test-results/vitest-unit-dom.json", "test-results/vitest-e2e.json"];
let passed = 0;
let failed = 0;
let total = 0;
for (const file of files) {
  if (!existsSync(file)) {
    console.error(`No report at ${file}: its tests did not run.`);
    process.exitCode = 1;
    continue;
  }
  const report = JSON.parse(readFileSync(file, "utf8"));
  passed += report.numPassedTests;
  failed += report.numFailedTests;
  total += report.numTotalTests;
}
console.log(`${passed} passed, ${failed} failed`);
if (total === 0) {
  console.error("No test ran.");
  process.exitCode = 1;
}
