import type { Page } from "playwright-core";
import { DRAW_MARK } from "../../src/widgets/mount-widget.ts";
import { WIDGETS } from "../../src/widgets/widget-registry.ts";

const byPrefix = new Map(WIDGETS.filter((w) => w.live).map((w) => [w.prefix, w.name]));

/**
 * An init script that records, from before the page's scripts run, what hydration does to the page: every change inside
 * a chart widget's figure body (window.__figureChanges) and every layout shift not caused by the reader's input
 * (window.__shifts). Changes of adoption are not recorded: the enabling of a control the build drew disabled (the
 * concept detector's pixels), and drag handles the build drew as pictures becoming sliders.
 */
export const RECORD_HYDRATION = `
  window.__figureChanges = [];
  // From the end of parsing (what the build wrote is all there), before the page's deferred and module scripts run.
  document.addEventListener("readystatechange", () => {
    if (document.readyState !== "interactive") return;
    new MutationObserver((records) => {
      for (const r of records) {
        if (r.type === "attributes" && r.attributeName === "disabled") continue;
        // Hydration turns the build's pictures of drag handles (the towers') into sliders a reader can focus: no drawing.
        if (r.type === "attributes" && r.target.matches("[data-handle]") && /^(role|tabindex|aria-.+)$/.test(r.attributeName)) continue;
        const el = r.target.nodeType === 1 ? r.target : r.target.parentElement;
        const body = el && el.closest(".chart-body");
        if (body) window.__figureChanges.push(body.closest("[data-widget]").dataset.widget);
      }
    }).observe(document.documentElement, { subtree: true, childList: true, attributes: true, characterData: true });
  });
  window.__shifts = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      if (e.hadRecentInput) continue;
      const moved = (e.sources || []).map((s) => {
        const n = s.node;
        const el = n && (n.nodeType === 1 ? n : n.parentElement);
        const widget = el && el.closest("[data-widget]");
        return (widget ? widget.dataset.widget + " " : "") + (el ? el.localName + (el.id ? "#" + el.id : "") + (el.className && typeof el.className === "string" ? "." + el.className.split(" ").join(".") : "") : "?");
      });
      window.__shifts.push({ value: e.value, at: Math.round(e.startTime), moved });
    }
  }).observe({ type: "layout-shift", buffered: true });
`;

/** The draws of each widget's geometry while the page's figures mounted (the sg-draw marks), by widget name. */
export async function draws(page: Page): Promise<Record<string, number>> {
  const prefixes = await page.evaluate((mark) => performance.getEntriesByName(mark).map((e) => String((e as PerformanceMark).detail)), DRAW_MARK);
  const out: Record<string, number> = {};
  for (const p of prefixes) out[byPrefix.get(p) ?? p] = (out[byPrefix.get(p) ?? p] ?? 0) + 1;
  return out;
}

/** The name of the chart widget of each change to a figure since the page loaded, in order; RECORD_HYDRATION must be installed. */
export async function figureChanges(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const w = window as unknown as { __figureChanges?: string[] };
    if (!w.__figureChanges) throw new Error("RECORD_HYDRATION is not installed on this page");
    return w.__figureChanges;
  });
}

/** The layout shifts since the page loaded, each with its size, time and what moved, two frames on (so that a shift just caused has been reported); RECORD_HYDRATION must be installed. */
export async function layoutShifts(page: Page): Promise<{ value: number; at: number; moved: string[] }[]> {
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  return page.evaluate(() => {
    const w = window as unknown as { __shifts?: { value: number; at: number; moved: string[] }[] };
    if (!w.__shifts) throw new Error("RECORD_HYDRATION is not installed on this page");
    return w.__shifts;
  });
}
