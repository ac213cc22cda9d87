import AxeBuilder from "@axe-core/playwright";
import { describe, expect, inject, it } from "vitest";
import { builtPages, hydrateAll, openPage, useBrowser } from "./browser.ts";

const baseUrl = inject("baseUrl");
const pages = builtPages();
const browser = useBrowser();

describe("every built page in Chromium", () => {
  it("the build has the home page, an article, the claims page and the 404 page", () => {
    expect(pages).toEqual(expect.arrayContaining(["/", "/claims/", "/404.html"]));
    expect(pages.some((p) => p.startsWith("/articles/"))).toBe(true);
  });

  for (const path of pages) {
    describe(path, () => {
      it("loads without console errors or exceptions, and axe-core finds no violations in either theme", async () => {
        const { page, errors } = await openPage(browser(), baseUrl + path);
        // Check the page as readers use it: with every widget scrolled into view and hydrated.
        await hydrateAll(page);
        const light = await new AxeBuilder({ page }).analyze();
        expect(light.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
        // Site pages switch with their toggle; the bare iframe pages follow the reader's system preference.
        if ((await page.locator("[data-theme-toggle]").count()) > 0) {
          await page.click("[data-theme-toggle]");
          expect(await page.getAttribute("html", "data-theme")).toBe("dark");
        } else {
          await page.emulateMedia({ colorScheme: "dark" });
        }
        const dark = await new AxeBuilder({ page }).analyze();
        expect(dark.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
        expect(errors).toEqual([]);
        await page.context().close();
      });

      it("every widget on it hydrates and redraws when its first slider moves by keyboard", async () => {
        const { page, errors } = await openPage(browser(), baseUrl + path);
        const widgets = page.locator("[data-widget]");
        for (let i = 0; i < (await widgets.count()); i++) {
          const widget = widgets.nth(i);
          await widget.scrollIntoViewIfNeeded();
          await expect.poll(() => widget.getAttribute("data-hydrated"), { timeout: 10_000 }).toBe("true");
          const before = await widget.locator("svg").innerHTML();
          const slider = widget.locator("input[type=range]").first();
          await slider.focus();
          // Step away from whichever end the slider starts at.
          const atMax = await slider.evaluate((s: HTMLInputElement) => Number(s.value) >= Number(s.max));
          const key = atMax ? "ArrowLeft" : "ArrowRight";
          await page.keyboard.press(key);
          await page.keyboard.press(key);
          // Some widgets compute off the main thread, so the redraw may come a moment later.
          await expect.poll(() => widget.locator("svg").innerHTML(), { timeout: 10_000 }).not.toBe(before);
          expect(await widget.innerHTML()).not.toMatch(/NaN/);
        }
        expect(errors).toEqual([]);
        await page.context().close();
      });

      it("fits a 360 px phone screen without sideways scrolling, and axe-core finds nothing there either", async () => {
        const { page } = await openPage(browser(), baseUrl + path, { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        expect(overflow).toBeLessThanOrEqual(0);
        // Narrow screens make tables and formulas scroll: they must stay reachable by keyboard.
        const axe = await new AxeBuilder({ page }).analyze();
        expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
        await page.context().close();
      });
    });
  }

  it("remembers the reader's theme across pages (the head applies it before the body is parsed)", async () => {
    const { page } = await openPage(browser(), `${baseUrl}/`);
    await page.click("[data-theme-toggle]");
    const chosen = await page.getAttribute("html", "data-theme");
    await page.goto(`${baseUrl}/claims/`, { waitUntil: "commit" });
    await page.waitForSelector("body");
    expect(await page.getAttribute("html", "data-theme")).toBe(chosen);
    await expect.poll(() => page.getAttribute("[data-theme-toggle]", "aria-pressed")).toBe(String(chosen === "dark"));
    await page.context().close();
  });

  it("article pages render their maths with KaTeX, with no KaTeX errors", async () => {
    for (const path of pages.filter((p) => p.startsWith("/articles/"))) {
      const { page } = await openPage(browser(), baseUrl + path);
      expect(await page.locator(".katex").count()).toBeGreaterThan(0);
      expect(await page.locator(".katex-error").count()).toBe(0);
      // The KaTeX fonts are served by the site itself and actually load.
      const fonts = await page.evaluate(async () => {
        await document.fonts.ready;
        return [...document.fonts].filter((f) => f.family.includes("KaTeX") && f.status === "loaded").length;
      });
      expect(fonts).toBeGreaterThan(0);
      await page.context().close();
    }
  });
});
