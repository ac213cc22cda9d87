// Measures what readers feel and authors wait for, and writes it to bench-results.json: build times, page weight,
// Lighthouse (mobile), widget update latency, the lab's training speed against an object-per-neuron reference and live
// in Chromium, the widget budgets (CLS on every page, update p95, hydration work, draws on mount), and the test suite's
// cost per Vitest project and per added article. `npm run bench -- suite` measures the suite alone, `-- budgets` the budgets
// alone on the built dist/ (`-- budgets towers lstm-cell`: those widgets' only, without the pages' layout shift;
// `-- budgets --updates [widget…]`: only the update latency and where its time goes, in a minute for every widget).
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { availableParallelism, loadavg } from "node:os";
import { chromium } from "playwright-core";
import { buildTiming } from "./bench/build-timing.ts";
import { labBrowserSpeed } from "./bench/lab-browser-speed.ts";
import { labSpeed } from "./bench/lab-speed.ts";
import { lighthouseRuns } from "./bench/lighthouse-run.ts";
import { pageWeight } from "./bench/page-weight.ts";
import { serveDist } from "./bench/serve-dist.ts";
import { suiteCost, type SuiteCost } from "./bench/suite-cost.ts";
import { widgetLatencies } from "./bench/widget-latency.ts";
import { PHASES } from "./bench/trace-cpu.ts";
import { BUDGETS, HYDRATION_RUNS, UPDATES, builtPaths, hydrationRange, missedBudgets, pageShifts, updateLatency, widgetBudgets, type PageShift, type UpdateLatency, type WidgetBudget } from "./bench/widget-budgets.ts";
import { WIDGETS } from "../src/widgets/widget-registry.ts";

const chromePath = [process.env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser"].find((p): p is string => !!p && existsSync(p));
if (!chromePath) throw new Error("No Chromium found: run `npm test` once (it installs one) or set CHROMIUM_PATH");

/** Prints rows as an aligned table under a title. */
function table(title: string, head: string[], rows: (string | number)[][]): void {
  const cells = [head, ...rows.map((r) => r.map(String))];
  const widths = head.map((_, i) => Math.max(...cells.map((r) => r[i]!.length)));
  console.log(`\n${title}`);
  cells.forEach((r, j) => {
    console.log(r.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join("  "));
    if (j === 0) console.log(widths.map((w) => "-".repeat(w)).join("  "));
  });
}

/** Measures the suite at today's articles and with 40 generated ones, and prints both tables. */
function suiteTables(): SuiteCost {
  const suite = suiteCost();
  const s = (v: number) => `${v.toFixed(1)} s`;
  table("Test suite (each Vitest project run on its own, wall clock; browser time = the e2e tests' own durations added up)", ["articles", "build", "unit", "dom", "e2e", "browser time", "passed", "failed"], suite.runs.map((r) => [r.articles, s(r.buildSeconds), s(r.projectSeconds["unit"]!), s(r.projectSeconds["dom"]!), s(r.projectSeconds["e2e"]!), s(r.browserTestSeconds), r.passed, r.failed]));
  for (const r of suite.runs) {
    if (r.failures.length === 0) continue;
    console.log(`\nFailed at ${r.articles} articles:`);
    for (const f of r.failures) console.log(`  ${f.project} ${f.file} > ${f.test}\n${f.error.replace(/^/gm, "      ")}`);
  }
  table("Cost of one added article (generated with npm run new)", ["part", "seconds"], Object.entries(suite.perArticle).map(([part, v]) => [part, v.toFixed(2)]));
  return suite;
}

const kb = (b: number) => (b / 1024).toFixed(1);
const ms = (v: number) => v.toFixed(v < 10 ? 2 : 0);

/** Prints where each widget's updates spend their main-thread CPU time. */
function phaseTable(widgets: readonly UpdateLatency[]): void {
  table(
    `Where an update's main-thread CPU time goes (mean ms per input over the same ${UPDATES}; "other" is the tasks' own time outside any traced event)`,
    ["widget", "mean ms", ...PHASES],
    widgets.map((w) => [w.widget, ms(PHASES.reduce((sum, p) => sum + w.updatePhases[p], 0)), ...PHASES.map((p) => ms(w.updatePhases[p]))]),
  );
}

/** Measures only the update latency of each live widget (or those named), faster than the whole budgets run; prints it with its parts. */
async function updateTables(browser: import("playwright-core").Browser, base: string, only: readonly string[]): Promise<UpdateLatency[]> {
  const widgets: UpdateLatency[] = [];
  for (const w of WIDGETS.filter((m) => m.live && (only.length === 0 || only.includes(m.name)))) widgets.push(await updateLatency(browser, base, w));
  table(
    `Update latency: p95 ≤ ${BUDGETS.p95UpdateMs} ms (first control, ${UPDATES} inputs at 1280 px, main-thread CPU from input to the next paint). Load average while measured: ${loadavg().map((l) => l.toFixed(1)).join(" ")} on ${availableParallelism()} cores`,
    ["widget", "control", "first ms", "median ms", "p95 ms", "over budget"],
    widgets.map((w) => [w.widget, w.control, ms(w.updateFirst), ms(w.updateMedian), ms(w.updateP95), w.updateP95 > BUDGETS.p95UpdateMs ? "over" : "ok"]),
  );
  phaseTable(widgets);
  return widgets;
}

/** Measures CLS on every built page and each widget's update latency, hydration work and draws on mount; prints them against the budgets. */
async function budgetTables(browser: import("playwright-core").Browser, base: string, only: readonly string[] = []): Promise<{ shifts: PageShift[]; widgets: WidgetBudget[] }> {
  const widgets = await widgetBudgets(browser, base, only);
  const shifts = only.length > 0 ? [] : await pageShifts(browser, base, builtPaths("dist"));
  if (shifts.length > 0) table(`Layout shift on every page (budget ${BUDGETS.cls}; phone size, CPU slowed 4×, scrolled to the end so that every widget hydrates; all shifts added up)`, ["page", "CLS", "budget"], shifts.map((s) => [s.path, s.cls.toFixed(4), s.cls > BUDGETS.cls ? "over" : "ok"]));
  table(
    `Widget budgets: update p95 ≤ ${BUDGETS.p95UpdateMs} ms (first control, ${UPDATES} inputs at 1280 px, main-thread CPU from input to the next paint); hydration ≤ ${BUDGETS.hydrationMs} ms main-thread CPU times 4 (Lighthouse's simulated mobile CPU), phone size, every task from the release of its hydration once scrolled into view until it is hydrated and quiet, median (the verdict) and range of ${HYDRATION_RUNS} runs, split by phase (${PHASES.join("/")}); draws on mount ≤ ${BUDGETS.drawsOnMount}. Load average while measured: ${loadavg().map((l) => l.toFixed(1)).join(" ")} on ${availableParallelism()} cores`,
    ["widget", "control", "first ms", "median ms", "p95 ms", "hydration ms", "range", "by phase", "of which mount()", "draws site", "draws embed", "over budget"],
    widgets.map((w) => [w.widget, w.control, ms(w.updateFirst), ms(w.updateMedian), ms(w.updateP95), ms(w.hydrationMs), hydrationRange(w), PHASES.map((p) => w.hydrationPhases[p].toFixed(0)).join("/"), ms(w.mountMs), w.drawsSite, w.drawsEmbed, missedBudgets(w).join("; ") || "none"]),
  );
  phaseTable(widgets);
  const over = shifts.filter((s) => s.cls > BUDGETS.cls).length;
  console.log(`\n${over} of ${shifts.length} pages shift; ${widgets.filter((w) => missedBudgets(w).length > 0).length} of ${widgets.length} widgets miss a budget.`);
  return { shifts, widgets };
}

if (process.argv[2] === "budgets") {
  if (!existsSync("dist/index.html")) throw new Error("No built site: run npx astro build first");
  const server = await serveDist();
  try {
    const browser = await chromium.launch({ executablePath: chromePath, args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"] });
    const args = process.argv.slice(3);
    const only = args.filter((a) => a !== "--updates");
    const [name, results] = args.includes("--updates") ? ["updates", { widgets: await updateTables(browser, server.url, only) }] : ["budgets", await budgetTables(browser, server.url, only)];
    await browser.close();
    mkdirSync("bench-results", { recursive: true });
    writeFileSync(`bench-results/${name}.json`, JSON.stringify({ date: new Date().toISOString(), budgets: BUDGETS, ...results }, null, 2));
    console.log(`\nWritten to bench-results/${name}.json`);
  } finally {
    server.stop();
  }
  process.exit(0);
}

if (process.argv[2] === "suite") {
  const suite = suiteTables();
  mkdirSync("bench-results", { recursive: true });
  writeFileSync("bench-results/suite-cost.json", JSON.stringify({ date: new Date().toISOString(), suite }, null, 2));
  console.log("\nWritten to bench-results/suite-cost.json");
  process.exit(0);
}


const build = buildTiming();
table("Build", ["measure", "value"], [
  ["cold build (no dist, no caches)", `${build.coldSeconds.toFixed(1)} s`],
  ["warm build", `${build.warmSeconds.toFixed(1)} s`],
  [`checking ${build.claims} numbers and running the samples`, `${build.claimsMs.toFixed(0)} ms (${(build.claimsShare * 100).toFixed(1)} % of the warm build)`],
]);

const lab = labSpeed();
table("Lab training speed (examples per second, median of 5 runs of 200 full-batch steps)", ["preset", "ours", "reference", "ratio", "max loss difference"], lab.map((l) => [l.preset, Math.round(l.ours), Math.round(l.reference), `${l.ratio.toFixed(1)}×`, l.lossDifference.toExponential(1)]));

const d3Bundle = gzipSync(readFileSync("node_modules/d3/dist/d3.min.js"), { level: 9 }).length;
const server = await serveDist();
try {
  const browser = await chromium.launch({ executablePath: chromePath, args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"] });
  const pages = ["/", "/articles/why-so-sigmoid/", "/articles/mse-after-sigmoid/", "/articles/sigmoid-regression-lstm/", "/articles/backprop-by-hand/", "/claims/", "/embed/", "/embed/sigmoid-explorer/", "/embed/gradient-lab/"];
  const weights = [];
  for (const path of pages) weights.push(await pageWeight(browser, server.url, path));
  table(`Page weight once every widget has hydrated (KB; the whole d3 bundle is ${kb(d3Bundle)} KB gzip)`, ["page", "JS gzip", "CSS gzip", "fonts"], weights.map((w) => [w.path, kb(w.jsGzip), kb(w.cssGzip), kb(w.fonts)]));
  const latencies = await widgetLatencies(browser, server.url);
  table("Widget latency (ms): update() over 200 synthetic changes, and first frame after mounting", ["widget", "median", "p95", "first frame"], latencies.map((l) => [l.widget, ms(l.median), ms(l.p95), ms(l.firstFrame)]));
  const budgets = await budgetTables(browser, server.url);
  const labLive = [];
  for (let i = 0; i < 3; i++) labLive.push(await labBrowserSpeed(browser, server.url));
  table("Lab training live in Chromium (default preset, Train to step 2000; long tasks begun after Train)", ["run", "steps/s", "long tasks", "longest ms"], labLive.map((l, i) => [i + 1, Math.round(l.stepsPerSecond), l.longTasks, Math.round(l.longestTaskMs)]));
  await browser.close();
  const lighthouse = await lighthouseRuns(chromePath, server.url, pages.slice(0, 7));
  table("Lighthouse, mobile preset, median of 3 runs", ["page", "perf", "a11y", "best", "SEO", "LCP ms", "TBT ms", "CLS"], lighthouse.map((l) => [l.path, l.performance, l.accessibility, l.bestPractices, l.seo, Math.round(l.lcp), Math.round(l.tbt), l.cls.toFixed(3)]));
  const suite = suiteTables();
  mkdirSync("bench-results", { recursive: true });
  writeFileSync("bench-results/bench.json", JSON.stringify({ date: new Date().toISOString(), build, lab, labLive, d3BundleGzip: d3Bundle, weights, latencies, budgets, lighthouse, suite }, null, 2));
  console.log("\nWritten to bench-results/bench.json");
} finally {
  server.stop();
}
