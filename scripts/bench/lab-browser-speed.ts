import type { Browser } from "playwright-core";

/** The lab training live in Chromium: steps per second and the longest main-thread task while it trains. */
export interface LabBrowserSpeed {
  readonly page: string;
  readonly steps: number;
  readonly seconds: number;
  readonly stepsPerSecond: number;
  /** Long tasks (over 50 ms) that began on the main thread between Train and the last step, and the longest. */
  readonly longTasks: number;
  readonly longestTaskMs: number;
}

/** Clicks Train on the lab's default preset and times the run to its 2000th step from the readout, with a long-task observer. */
export async function labBrowserSpeed(browser: Browser, base: string, path = "/articles/backprop-by-hand/"): Promise<LabBrowserSpeed> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(`${base}${path}`, { waitUntil: "networkidle" });
  const lab = page.locator(".gl").first();
  await lab.scrollIntoViewIfNeeded();
  await page.waitForFunction(() => {
    const el = document.querySelector(".gl");
    return !!el?.querySelector(".gl-actions") && el.getAttribute("aria-busy") === "false";
  });
  await page.evaluate(() => {
    const w = window as unknown as { longTasks: [number, number][] };
    w.longTasks = [];
    new PerformanceObserver((list) => list.getEntries().forEach((e) => w.longTasks.push([e.startTime, e.duration]))).observe({ type: "longtask" });
  });
  const start = await page.evaluate(() => {
    [...document.querySelectorAll<HTMLButtonElement>(".gl-actions button")].find((b) => b.textContent === "Train")!.click();
    return performance.now();
  });
  await page.waitForFunction(() => /^step 2000 /.test(document.querySelector(".gl-readout")?.textContent ?? ""), null, { timeout: 120_000, polling: 20 });
  const { end, all } = await page.evaluate(() => ({ end: performance.now(), all: (window as unknown as { longTasks: [number, number][] }).longTasks }));
  await page.close();
  // Only the tasks that began after Train was clicked: the page's own loading is measured by Lighthouse.
  const longTasks = all.filter(([t]) => t >= start).map(([, d]) => d);
  const seconds = (end - start) / 1000;
  return { page: path, steps: 2000, seconds, stepsPerSecond: 2000 / seconds, longTasks: longTasks.length, longestTaskMs: Math.max(0, ...longTasks) };
}
