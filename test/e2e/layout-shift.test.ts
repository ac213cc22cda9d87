import { describe, expect, inject, it } from "vitest";
import { hydrateAll, openPage, useBrowser } from "./browser.ts";
import { articlesToVisit } from "./routes.ts";

const baseUrl = inject("baseUrl");
const browser = useBrowser();

/** A laptop and a common phone. */
const SCREENS = [
  { name: "desktop", viewport: { width: 1280, height: 900 } },
  { name: "phone", viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 3 },
] as const;

// Installed before the page's scripts run: every layout shift not caused by the reader's input, with what moved.
const RECORD_SHIFTS = `
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

describe("no layout shift: controls are in the page before the widgets hydrate", () => {
  for (const slug of articlesToVisit()) {
    for (const screen of SCREENS) {
      it(`/articles/${slug}/ on a ${screen.name}: CLS is 0 after every widget has hydrated`, async () => {
        const { name: _, ...options } = screen;
        const { page, errors } = await openPage(browser(), `${baseUrl}/articles/${slug}/`, options, (p) => void p.addInitScript(RECORD_SHIFTS));
        await hydrateAll(page);
        // Two frames after the last hydration, so that a shift it caused has been reported.
        await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
        const shifts = await page.evaluate(() => (window as unknown as { __shifts: { value: number; at: number; moved: string[] }[] }).__shifts);
        expect(shifts).toEqual([]);
        expect(errors).toEqual([]);
        await page.context().close();
      });
    }
  }
});
