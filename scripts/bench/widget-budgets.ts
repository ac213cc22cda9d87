import { readdirSync, statSync } from "node:fs";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { DRAW_MARK } from "../../src/widgets/mount-widget.ts";
import { WIDGETS } from "../../src/widgets/widget-registry.ts";
import { PHASES, traceMainThread, type Phase } from "./trace-cpu.ts";

/** The budgets of issue 16, as npm run bench reports them. */
export const BUDGETS = { cls: 0, p95UpdateMs: 8, hydrationMs: 50, drawsOnMount: 1 } as const;

/** Lighthouse's mobile preset: a Moto G Power sized screen and four times slower CPU. */
const MOBILE = { viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true } as const;
/**
 * Lighthouse's default (simulated) throttling runs the page at full speed and counts each main-thread task four times
 * over; the hydration figures do the same with the trace's CPU time, which a loaded machine does not inflate.
 */
const CPU_SLOWDOWN = 4;

/** How many times each widget's first control is driven for its update latency. */
export const UPDATES = 50;

/** Layout shift of one page, read as a reader scrolls it to the end so that every widget hydrates. */
export interface PageShift {
  readonly path: string;
  /** Every layout shift not caused by input, added up (at least Lighthouse's CLS, which takes the worst window). */
  readonly cls: number;
}

/** One widget's update latency. */
export interface UpdateLatency {
  readonly widget: string;
  /** Main-thread CPU time from input on its first control to the paint of the frame after it, 50 times: median and p95 in ms. */
  readonly updateMedian: number;
  readonly updateP95: number;
  /** The same updates' CPU time by what the renderer did (script, style, layout, pre-paint, paint, layerize, commit, other): mean ms per update. */
  readonly updatePhases: Readonly<Record<Phase, number>>;
  /** What the first control is (its label), so the figure can be reproduced. */
  readonly control: string;
}

/** One widget's measures against the budgets. */
export interface WidgetBudget extends UpdateLatency {
  /** Main-thread CPU time (trace tdur) while it came into view and hydrated, less the same first scroll's on the page with nothing hydrating; times 4 as Lighthouse's mobile CPU, in ms. */
  readonly hydrationMs: number;
  /** The same, less a second scroll of the hydrated page instead (which repaints nothing new, so the page's first paint of the figure's region counts as the widget's). */
  readonly hydrationLessRescrollMs: number;
  /** Of which mount() itself, synchronously (CPU time, times 4). */
  readonly mountMs: number;
  /** Other widgets that hydrated in the same window (their work is in hydrationMs too). */
  readonly hydratedWith: readonly string[];
  /** Drawings of the figure while it mounted on the site and on its iframe page (both over the static figure the build drew). */
  readonly drawsSite: number;
  readonly drawsEmbed: number;
}

/** Every built page of the site, as paths. */
export function builtPaths(dist: string): string[] {
  const out: string[] = [];
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir)) {
      const file = path.join(dir, name);
      if (statSync(file).isDirectory()) walk(file);
      else if (name === "index.html") out.push(`/${path.relative(dist, dir).split(path.sep).join("/")}/`.replace(/^\/\/$/, "/"));
      else if (dir === dist && name === "404.html") out.push("/404.html");
    }
  };
  walk(dist);
  return out.sort();
}

/** Scrolls a page to its end a screen at a time, pausing so that figures coming into view hydrate. */
async function readThrough(page: Page): Promise<void> {
  for (let y = 0; ; y += 400) {
    const end = await page.evaluate((to) => {
      scrollTo(0, to);
      return to + innerHeight >= document.documentElement.scrollHeight;
    }, y);
    await page.waitForTimeout(150);
    if (end) break;
  }
  await page.waitForFunction(() => [...document.querySelectorAll<HTMLElement>("[data-widget]")].every((el) => el.dataset.hydrated === "true"), undefined, { timeout: 30_000 });
  await page.waitForTimeout(300);
}

/** The layout shift of every page, read at phone size with the CPU slowed as Lighthouse's mobile preset does, while scrolling through it. */
export async function pageShifts(browser: Browser, base: string, paths: readonly string[]): Promise<PageShift[]> {
  const out: PageShift[] = [];
  for (const p of paths) {
    const context = await browser.newContext(MOBILE);
    const page = await context.newPage();
    await (await context.newCDPSession(page)).send("Emulation.setCPUThrottlingRate", { rate: CPU_SLOWDOWN });
    await page.addInitScript(() => {
      const w = window as unknown as { __shift: number };
      w.__shift = 0;
      new PerformanceObserver((list) => {
        for (const e of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) if (!e.hadRecentInput) w.__shift += e.value;
      }).observe({ type: "layout-shift", buffered: true });
    });
    await page.goto(base + p, { waitUntil: "networkidle" });
    await readThrough(page);
    out.push({ path: p, cls: await page.evaluate(() => (window as unknown as { __shift: number }).__shift) });
    await context.close();
  }
  return out;
}

/** Counts the draw marks by class prefix. */
async function drawCounts(page: Page): Promise<Record<string, number>> {
  return page.evaluate((mark) => {
    const counts: Record<string, number> = {};
    for (const e of performance.getEntriesByName(mark) as PerformanceMark[]) counts[String(e.detail)] = (counts[String(e.detail)] ?? 0) + 1;
    return counts;
  }, DRAW_MARK);
}

/**
 * Drives the first control of a hydrated figure UPDATES times: each input dispatched from a task, as a reader's would be,
 * then a mark from the next frame's callbacks (after any the widget asked for), whose task ends once that frame is
 * painted. The trace gives the main thread's CPU time from the input to that paint (not the idle wait for the frame);
 * work a widget leaves until after the paint is not counted, as Interaction to Next Paint does not count it.
 */
async function driveControl(page: Page, widget: string): Promise<string> {
  return page.evaluate(
    async ({ widget, n }) => {
      const el = document.querySelector<HTMLElement>(`[data-widget="${widget}"]`)!;
      const control = el.querySelector<HTMLInputElement | HTMLSelectElement>("input[type=range], select")!;
      const label = control.closest("label")?.querySelector("span")?.textContent ?? control.id;
      const values = control instanceof HTMLSelectElement ? [...control.options].map((o) => o.value) : Array.from({ length: n }, (_, i) => String(Number(control.min) + ((Number(control.max) - Number(control.min)) * ((i * 0.618034) % 1))));
      for (let i = 0; i < n; i++) {
        await new Promise((r) => requestAnimationFrame(r));
        await new Promise((r) => setTimeout(r, 0));
        performance.mark(`sg-bench:update-${i}`);
        control.value = values[i % values.length]!;
        control.dispatchEvent(new Event(control instanceof HTMLSelectElement ? "change" : "input", { bubbles: true }));
        if (control instanceof HTMLSelectElement) control.dispatchEvent(new Event("input", { bubbles: true }));
        await new Promise((r) => requestAnimationFrame(() => r(performance.mark(`sg-bench:frame-${i}`))));
      }
      // The last frame's task ends, and is traced, before the trace stops.
      await new Promise((r) => setTimeout(r, 100));
      return label;
    },
    { widget, n: UPDATES },
  );
}

/**
 * Opens a page at phone size scrolled to its top or its end, or returns null (closed) if the widget hydrated on load.
 * With `hydrate` false no figure of the page ever hydrates (each is marked as done before the hydration script runs).
 */
async function openAt(browser: Browser, url: string, widget: string, at: "top" | "bottom", hydrate = true) {
  const context = await browser.newContext(MOBILE);
  const page = await context.newPage();
  // Parsing is done and the hydration script has not run yet: scroll there, so that it sees the figures from there.
  if (at === "bottom") await page.addInitScript(() => document.addEventListener("readystatechange", () => document.readyState === "interactive" && scrollTo(0, document.documentElement.scrollHeight)));
  if (!hydrate) await page.addInitScript(() => document.addEventListener("readystatechange", () => document.readyState === "interactive" && document.querySelectorAll<HTMLElement>("[data-widget]").forEach((el) => (el.dataset.hydrated = "off"))));
  await page.goto(url, { waitUntil: "networkidle" });
  await page.waitForTimeout(300);
  if (!hydrate || (await page.locator(`[data-widget="${widget}"]`).first().getAttribute("data-hydrated")) === null) return { context, page, at };
  await context.close();
  return null;
}

/** Settles a page: two frames and a task after them. */
const settle = (page: Page) => page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, 0)))));

/**
 * Scrolls a figure into view from where the page stands, marking the start and the end for the trace: the end once it
 * has hydrated (unless `hydrates` is false), two frames and 300 ms more, for work a mount leaves to later frames.
 */
async function scrollToFigure(page: Page, widget: string, hydrates: boolean, marks: readonly [string, string]): Promise<void> {
  await page.evaluate((n) => void performance.mark(n), marks[0]);
  await page.locator(`[data-widget="${widget}"]`).first().evaluate((el) => el.scrollIntoView({ block: "center" }));
  if (hydrates) await page.waitForFunction((name) => document.querySelector<HTMLElement>(`[data-widget="${name}"]`)?.dataset.hydrated === "true", widget, { timeout: 60_000, polling: 50 });
  await settle(page);
  await page.waitForTimeout(300);
  await page.evaluate((n) => void performance.mark(n), marks[1]);
}

/** A widget's update latency at desktop size, CPU not slowed: the figure hydrated, then its first control driven UPDATES times. */
export async function updateLatency(browser: Browser, base: string, w: (typeof WIDGETS)[number]): Promise<UpdateLatency> {
  const desk = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await desk.goto(`${base}/articles/${w.article}/`, { waitUntil: "networkidle" });
  await desk.locator(`[data-widget="${w.name}"]`).first().evaluate((el) => el.scrollIntoView({ block: "center" }));
  await desk.waitForFunction((name) => document.querySelector<HTMLElement>(`[data-widget="${name}"]`)?.dataset.hydrated === "true", w.name, { timeout: 60_000 });
  let control = "";
  const updates = await traceMainThread(browser, desk, async () => {
    control = await driveControl(desk, w.name);
  });
  const spans = Array.from({ length: UPDATES }, (_, i) => [`sg-bench:update-${i}`, updates.taskEnd(`sg-bench:frame-${i}`)] as const);
  const times = spans.map((span) => updates.cpuBetween(...span));
  const phases = spans.map((span) => updates.phasesBetween(...span));
  await desk.close();
  return {
    widget: w.name,
    updateMedian: quantile(times, 0.5),
    updateP95: quantile(times, 0.95),
    updatePhases: Object.fromEntries(PHASES.map((p) => [p, phases.reduce((sum, x) => sum + x[p], 0) / UPDATES])) as Record<Phase, number>,
    control,
  };
}

const quantile = (xs: number[], q: number): number => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * q))]!;

/**
 * Each live widget (or those named in `only`) on its article at phone size: the main-thread CPU time while it scrolls
 * into view and hydrates (times 4, as Lighthouse's mobile preset counts it), its draws on mount, then at desktop size
 * the CPU time of each input on its first control; and its draws on mount in its embed page.
 */
export async function widgetBudgets(browser: Browser, base: string, only: readonly string[] = []): Promise<WidgetBudget[]> {
  const out: WidgetBudget[] = [];
  for (const w of WIDGETS.filter((m) => m.live && (only.length === 0 || only.includes(m.name)))) {
    // Start at the top of its article; a figure in the first screen would hydrate with the page, so start at the end then.
    let opened = await openAt(browser, `${base}/articles/${w.article}/`, w.name, "top");
    if (!opened) opened = await openAt(browser, `${base}/articles/${w.article}/`, w.name, "bottom");
    if (!opened) throw new Error(`${w.name} hydrates with its article from either end: its work cannot be told apart from the page's`);
    const { context, page, at } = opened;
    const before = new Set(await page.evaluate(() => performance.getEntriesByType("measure").map((m) => m.name)));
    const start = await page.evaluate(() => scrollY);
    const trace = await traceMainThread(browser, page, async () => {
      await scrollToFigure(page, w.name, true, ["sg-bench:hydrate", "sg-bench:hydrated"]);
      // The same scroll again, with nothing left to hydrate (how earlier runs of the bench took off the page's part).
      await page.evaluate((y) => scrollTo(0, y), start);
      await settle(page);
      await scrollToFigure(page, w.name, false, ["sg-bench:rescroll", "sg-bench:rescrolled"]);
    });
    // The page's own cost of that first scroll, on the same page loaded afresh with no figure hydrating: painting what
    // comes into view the first time is the page's work, not the widget's, and a second scroll repaints nothing.
    const still = (await openAt(browser, `${base}/articles/${w.article}/`, w.name, at, false))!;
    const unhydrated = await traceMainThread(browser, still.page, () => scrollToFigure(still.page, w.name, false, ["sg-bench:scroll", "sg-bench:scrolled"]));
    await still.context.close();
    const fresh = [...trace.measures].filter(([name]) => name.startsWith("sg-hydrate:") && !before.has(name));
    const mountSpan = trace.measures.get(`sg-hydrate:${w.name}`);
    const instances = await page.locator(`[data-widget="${w.name}"][data-hydrated="true"]`).count();
    const drawsSite = ((await drawCounts(page))[w.prefix] ?? 0) / Math.max(1, instances);
    await context.close();

    const update = await updateLatency(browser, base, w);
    const embed = await browser.newPage();
    await embed.goto(`${base}/embed/${w.name}/`, { waitUntil: "networkidle" });
    await embed.waitForFunction((tag) => !!document.querySelector(tag)?.shadowRoot?.querySelector("svg"), `sg-${w.name}`);
    const drawsEmbed = (await drawCounts(embed))[w.prefix] ?? 0;
    await embed.close();

    out.push({
      ...update,
      hydrationMs: CPU_SLOWDOWN * (trace.cpuBetween("sg-bench:hydrate", "sg-bench:hydrated") - unhydrated.cpuBetween("sg-bench:scroll", "sg-bench:scrolled")),
      hydrationLessRescrollMs: CPU_SLOWDOWN * (trace.cpuBetween("sg-bench:hydrate", "sg-bench:hydrated") - trace.cpuBetween("sg-bench:rescroll", "sg-bench:rescrolled")),
      mountMs: mountSpan ? CPU_SLOWDOWN * trace.cpuBetween(...mountSpan) : NaN,
      hydratedWith: fresh.map(([name]) => name.slice("sg-hydrate:".length)).filter((n) => n !== w.name),
      drawsSite,
      drawsEmbed,
    });
  }
  return out;
}

/** Which budgets a widget misses, in words. */
export function missedBudgets(b: WidgetBudget): string[] {
  return [
    b.updateP95 > BUDGETS.p95UpdateMs ? `p95 update ${b.updateP95.toFixed(1)} ms > ${BUDGETS.p95UpdateMs}` : "",
    b.hydrationMs > BUDGETS.hydrationMs ? `hydration ${Math.round(b.hydrationMs)} ms > ${BUDGETS.hydrationMs}` : "",
    b.drawsSite > BUDGETS.drawsOnMount ? `draws ${b.drawsSite}× on mount over its static SVG` : "",
    b.drawsEmbed > BUDGETS.drawsOnMount ? `draws ${b.drawsEmbed}× on mount in its embed` : "",
  ].filter(Boolean);
}
