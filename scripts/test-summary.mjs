// Prints Vitest's JSON report as one closing line, "N passed, N failed", that any CI can read.
import { readFileSync } from "node:fs";

const report = JSON.parse(readFileSync("test-results/vitest.json", "utf8"));
console.log(`${report.numPassedTests} passed, ${report.numFailedTests} failed`);
if (report.numTotalTests === 0) {
  console.error("No test ran.");
  process.exitCode = 1;
}
