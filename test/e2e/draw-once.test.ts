import { describe, expect, inject, it } from "vitest";
import { builtPages, hydrateAll, openPage, useBrowser } from "./browser.ts";

const baseUrl = inject("baseUrl");
const browser = useBrowser();
const articles = builtPages().filter((p) => p.startsWith("/articles/"));

// Installed before the page's scripts run: from DOMContentLoaded on, every change inside a chart widget's figure body
// (attributes, text, elements) is recorded under its widget's name, except adoption: the enabling of a control the build
// drew disabled (the concept detector's pixels), and drag handles the build drew as pictures becoming sliders.
const RECORD_CHANGES = `
  window.__figureChanges = [];
  document.addEventListener("DOMContentLoaded", () => {
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
`;

describe("chart widgets draw once: hydration adopts the figure the build drew", () => {
  for (const path of articles) {
    it(`${path}: hydrating changes nothing in any chart widget's figure, and the first change of an option redraws it`, async () => {
      const { page, errors } = await openPage(browser(), baseUrl + path, { viewport: { width: 1280, height: 900 } }, (p) => void p.addInitScript(RECORD_CHANGES));
      await hydrateAll(page);
      const charts = await page.locator("[data-widget]:has(> .chart-body)").count();
      expect(await page.evaluate(() => (window as unknown as { __figureChanges: string[] }).__figureChanges)).toEqual([]);
      if (charts > 0) {
        // The observer sees changes: moving the first chart widget's first slider redraws its figure.
        const widget = page.locator("[data-widget]:has(> .chart-body)").first();
        const slider = widget.getByRole("slider").first();
        await slider.focus();
        await page.keyboard.press("End");
        await expect.poll(() => page.evaluate(() => (window as unknown as { __figureChanges: string[] }).__figureChanges.length)).toBeGreaterThan(0);
      }
      expect(errors).toEqual([]);
      await page.context().close();
    });
  }
});
