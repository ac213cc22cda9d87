import type { Page } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import { DRAW_MARK } from "../../src/widgets/mount-widget.ts";
import { WIDGETS } from "../../src/widgets/widget-registry.ts";
import { builtPages, hydrateAll, openPage, useBrowser } from "./browser.ts";

const baseUrl = inject("baseUrl");
const browser = useBrowser();
const live = WIDGETS.filter((w) => w.live);
const byPrefix = new Map(live.map((w) => [w.prefix, w.name]));

/** The draws of each widget's geometry while the page's figures mounted (the sg-draw marks), by widget name. */
async function draws(page: Page): Promise<Record<string, number>> {
  const prefixes = await page.evaluate((mark) => performance.getEntriesByName(mark).map((e) => String((e as PerformanceMark).detail)), DRAW_MARK);
  const out: Record<string, number> = {};
  for (const p of prefixes) out[byPrefix.get(p) ?? p] = (out[byPrefix.get(p) ?? p] ?? 0) + 1;
  return out;
}

/** What draws to expect: `each` per figure. */
function expected(counts: Record<string, number>, each: number): Record<string, number> {
  return Object.fromEntries(Object.entries(counts).map(([name, n]) => [name, n * each]).filter(([, n]) => n !== 0));
}

describe("figures are drawn at most once on mount, counted by their draw marks in Chromium", () => {
  for (const path of builtPages().filter((p) => p.startsWith("/articles/"))) {
    it(`${path}: every island adopts the figure the build drew`, async () => {
      const { page, errors } = await openPage(browser(), baseUrl + path, { viewport: { width: 1280, height: 900 } });
      await hydrateAll(page);
      const figures = await page.evaluate(() => [...document.querySelectorAll<HTMLElement>("[data-widget]")].map((el) => el.dataset.widget!));
      const counts: Record<string, number> = {};
      for (const name of figures) counts[name] = (counts[name] ?? 0) + 1;
      expect(await draws(page)).toEqual(expected(counts, 0));
      expect(errors).toEqual([]);
      await page.context().close();
    });
  }

  it("each iframe page's element adopts the static figure inside it, unless the figure holds typeset maths (then it draws once)", async () => {
    const context = await browser().newContext({ viewport: { width: 600, height: 900 } });
    for (const w of live) {
      const page = await context.newPage();
      await page.goto(`${baseUrl}/embed/${w.name}/`);
      await page.waitForFunction((tag) => !!document.querySelector(tag)?.shadowRoot?.querySelector("svg"), `sg-${w.name}`);
      // KaTeX's markup needs its stylesheet and fonts, which the shadow root has not: that figure stays where it was.
      const maths = await page.evaluate((tag) => !!document.querySelector(tag)!.querySelector(".katex"), `sg-${w.name}`);
      expect(await draws(page), w.name).toEqual(expected({ [w.name]: 1 }, maths ? 1 : 0));
      // An adopted figure is the one the page held: its description keeps the build's element id.
      if (!maths) expect(await page.evaluate((tag) => document.querySelector(tag)!.shadowRoot!.querySelector("[id$='-desc']")?.id, `sg-${w.name}`), w.name).toBe(`${w.id}-desc`);
      await page.close();
    }
    await context.close();
  });

  it("an element on a page with no figure inside it (the embed guide's previews) draws its figure once", async () => {
    const { page, errors } = await openPage(browser(), `${baseUrl}/embed/`, { viewport: { width: 1280, height: 900 } });
    const tags = await page.evaluate(() => [...document.querySelectorAll("main *")].map((el) => el.localName).filter((t) => t.startsWith("sg-")));
    for (const tag of new Set(tags)) {
      const all = page.locator(tag);
      for (let i = 0; i < (await all.count()); i++) {
        await all.nth(i).scrollIntoViewIfNeeded();
        await expect.poll(() => all.nth(i).evaluate((el) => !!el.shadowRoot?.querySelector("svg")), { timeout: 20_000 }).toBe(true);
      }
    }
    const counts: Record<string, number> = {};
    for (const tag of tags) counts[tag.slice("sg-".length)] = (counts[tag.slice("sg-".length)] ?? 0) + 1;
    expect(tags.length).toBeGreaterThan(0);
    expect(await draws(page)).toEqual(expected(counts, 1));
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
