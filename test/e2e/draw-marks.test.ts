import { describe, expect, inject, it } from "vitest";
import { WIDGETS } from "../../src/widgets/widget-registry.ts";
import { openPage, useBrowser } from "./browser.ts";
import { draws } from "./hydration-records.ts";

const baseUrl = inject("baseUrl");
const browser = useBrowser();
const live = WIDGETS.filter((w) => w.live);

/** What draws to expect: `each` per figure. */
function expected(counts: Record<string, number>, each: number): Record<string, number> {
  return Object.fromEntries(Object.entries(counts).map(([name, n]) => [name, n * each]).filter(([, n]) => n !== 0));
}

// Each article's islands (no draw on mount) are counted on the visit every page gets (page-checks.ts), not here.
describe("figures are drawn at most once on mount, counted by their draw marks in Chromium", () => {
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
