// Writes test/file-durations.json, each test file's seconds in a Vitest JSON report (by default npm test's own), which the
// suite's sequencer reads to start the longest files first on a fresh clone: `node scripts/test-durations.mjs [report]`.
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

const report = JSON.parse(readFileSync(process.argv[2] ?? "test-results/vitest.json", "utf8"));
const seconds = Object.fromEntries(
  report.testResults
    .map((f) => [path.relative(process.cwd(), f.name), Math.round((f.endTime - f.startTime) / 100) / 10])
    .sort(([a], [b]) => a.localeCompare(b)),
);
writeFileSync("test/file-durations.json", `${JSON.stringify(seconds, null, 2)}\n`);
console.log(`test/file-durations.json: ${Object.keys(seconds).length} files`);
