// Measures what readers and authors wait for: build time, claims checking, widget redraw maths, and JS weight.
import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { gzipSync } from "node:zlib";
import { collectClaims } from "../src/claims/collect-claims.ts";
import { LabTrainer, LAB_PRESETS } from "../src/grad/lab-trainer.ts";
import { explorerGeometry } from "../src/widgets/sigmoid-explorer/explorer-geometry.ts";
import { explorerOptions } from "../src/widgets/sigmoid-explorer/explorer-options.ts";

/** Median wall time in milliseconds of fn over n runs, after two warm-up runs. */
function median(n: number, fn: () => void): number {
  fn();
  fn();
  const times = Array.from({ length: n }, () => {
    const t = performance.now();
    fn();
    return performance.now() - t;
  }).sort((a, b) => a - b);
  return times[Math.floor(n / 2)]!;
}

const rows: [string, string][] = [];

const t0 = performance.now();
const build = spawnSync(process.execPath, ["node_modules/astro/bin/astro.mjs", "build"], { encoding: "utf8" });
if (build.status !== 0) throw new Error(`build failed:\n${build.stdout}${build.stderr}`);
rows.push(["astro build (one run, wall)", `${((performance.now() - t0) / 1000).toFixed(1)} s`]);

const claims = collectClaims("content/articles");
rows.push([`check all ${claims.length} claims (median of 20)`, `${median(20, () => collectClaims("content/articles")).toFixed(1)} ms`]);

let w = 0;
rows.push([
  "explorer geometry for one slider step (median of 500)",
  `${(median(500, () => explorerGeometry(explorerOptions({ w: (w = (w + 0.1) % 10), b: 1, x: 1 })))).toFixed(3)} ms`,
]);

for (const [name, settings] of Object.entries(LAB_PRESETS)) {
  // The lab's trainer as the worker runs it: full-batch steps, forward and backward for every point.
  const rates = Array.from({ length: 5 }, () => {
    const trainer = new LabTrainer(settings);
    const before = trainer.examples;
    const t = performance.now();
    trainer.train(200);
    return ((trainer.examples - before) / (performance.now() - t)) * 1000;
  }).sort((a, b) => a - b);
  rows.push([`lab training, preset ${name} (median of 5 runs of 200 steps)`, `${Math.round(rates[2]!).toLocaleString("en")} examples/s`]);
}

const assets = path.join("dist", "_astro");
for (const f of readdirSync(assets).filter((f) => f.endsWith(".js")).sort()) {
  const bytes = readFileSync(path.join(assets, f));
  rows.push([`JS ${f}`, `${bytes.length} B raw, ${gzipSync(bytes, { level: 9 }).length} B gzip`]);
}

const width = Math.max(...rows.map(([k]) => k.length));
for (const [k, v] of rows) console.log(`${k.padEnd(width)}  ${v}`);
