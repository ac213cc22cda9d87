// Writes test/file-durations.json, each test file's seconds in Vitest JSON reports (by default npm test's two), which the
// suite's sequencer reads to start the longest files first on a fresh clone: `node scripts/test-durations.mjs [report…]`.
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

const files = process.argv.length > 2 ? process.argv.slice(2) : ["test-results/vitest-unit-dom.json", "test-results/vitest-e2e.json"];
const seconds = Object.fromEntries(
  files
    .flatMap((file) => JSON.parse(readFileSync(file, "utf8")).testResults)
    .map((f) => [path.relative(process.cwd(), f.name), Math.round((f.endTime - f.startTime) / 100) / 10])
    .sort(([a], [b]) => a.localeCompare(b)),
);
writeFileSync("test/file-durations.json", `${JSON.stringify(seconds, null, 2)}\n`);
console.log(`test/file-durations.json: ${Object.keys(seconds).length} files`);
