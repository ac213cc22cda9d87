import { readFileSync } from "node:fs";
import path from "node:path";
import type { Page } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import { builtPages, useBrowser, usePages } from "./browser.ts";
import { MIN_TEXT_PX, WIDTHS } from "./layout-problems.ts";
import { focusArticle } from "./routes.ts";
import { textSizesAcrossWidths } from "./text-sizes-across-widths.ts";

const baseUrl = inject("baseUrl");
const visit = usePages(useBrowser());
/** The narrowest and widest screens the layout checks lay the articles out at. */
const FROM = Math.min(...WIDTHS);
const TO = Math.max(...WIDTHS);
/** Under the limit by more than layoutProblems' rounding allowance. */
const LIMIT = MIN_TEXT_PX - 0.05;

const dist = path.resolve(import.meta.dirname, "../../dist");
/**
 * The site's pages with figures on them: the articles and the home page (the one TEST_ARTICLE names, if set). Not the
 * iframe pages under /embed/: there a script widens each figure to a legible width as its column changes, after layout.
 */
function pagesWithFigures(): string[] {
  if (focusArticle) return [`/articles/${focusArticle}/`];
  return builtPages().filter((p) => !p.startsWith("/embed/") && readFileSync(path.join(dist, p.endsWith("/") ? `${p}index.html` : p), "utf8").includes("data-widget="));
}

/** Consecutive widths as ranges: "642–656, 664". */
function ranges(widths: number[]): string {
  const out: string[] = [];
  for (const w of widths) {
    const last = out.at(-1)?.split("–");
    if (last && Number(last.at(-1)) === w - 1) out[out.length - 1] = `${last[0]}–${w}`;
    else out.push(String(w));
  }
  return out.join(", ");
}

/** Replaces a page of the site by one iframe, as wide as the page, holding `src` (a path) or `srcdoc` (markup); resolves once it has loaded. */
async function frameIn(page: Page, frame: { src: string } | { srcdoc: string }): Promise<void> {
  await page.evaluate(async (frame) => {
    const iframe = Object.assign(document.createElement("iframe"), frame);
    iframe.style.cssText = `border: 0; position: absolute; inset: 0 auto auto 0; height: 900px; width: ${innerWidth}px`;
    const loaded = new Promise((r) => iframe.addEventListener("load", r, { once: true }));
    document.body.replaceChildren(iframe);
    await loaded;
  }, frame);
}

// The layout checks (page-checks.ts) look at four widths; a figure's text size changes between them, at every
// container-query step and wherever a grid gains a column or a flex item wraps. This looks at all the widths between.
describe(`every figure's SVG text at every viewport width from ${FROM} to ${TO} px`, () => {
  it("the sweep finds a dip that starts between the widths it lays out first: a grid of 320-unit panels gaining a second column of 283 px", async () => {
    const { page } = await visit(`${baseUrl}/404.html`);
    // Two columns from 2 × 283 + 16 = 582 px (between 576 and 584, the sweep's first widths), up to a 606 px column.
    await frameIn(page, {
      srcdoc: `<style>body { margin: 0 } main { display: grid; grid-template-columns: repeat(auto-fit, minmax(min(283px, 100%), 1fr)); gap: 16px; max-width: 606px } svg { display: block; width: 100% }</style>
        <main data-widget="probe">${'<svg viewBox="0 0 320 100"><text y="50" font-size="12">label</text></svg>'.repeat(2)}</main>`,
    });
    const { svgs } = await textSizesAcrossWidths(page, FROM, TO, LIMIT);
    // 12 units on 320 drawn at 283 px; under 10.95 px while a column, (w − 16) / 2, is under 320 × 10.95 / 12 = 292 px.
    for (const svg of svgs) {
      expect(svg.at).toBe(582);
      expect(svg.smallest).toBeCloseTo((12 * 283) / 320, 2);
      expect(Math.min(...svg.under)).toBe(582);
      expect(svg.under.filter((w) => w > 599)).toEqual([]);
    }
  });

  it("the pages it lays out are every article and the home page", () => {
    expect(pagesWithFigures().filter((p) => p.startsWith("/articles/")).length).toBeGreaterThan(0);
    if (!focusArticle) expect(pagesWithFigures()).toContain("/");
  });

  for (const route of pagesWithFigures()) {
    it(`${route}: renders at ${MIN_TEXT_PX} px or more at every width`, async () => {
      // The page in an iframe of a page of the site, so that one loop in the page can lay it out at each width.
      const { page, errors } = await visit(`${baseUrl}/404.html`);
      await frameIn(page, { src: route });
      const article = page.frames().find((f) => f.url() === baseUrl + route);
      if (!article) throw new Error(`the iframe did not load ${route}`);
      // Hydrated, as a reader sees it: each widget scrolled into view in the iframe.
      const widgets = article.locator("[data-widget]");
      for (let i = 0; i < (await widgets.count()); i++) {
        await widgets.nth(i).scrollIntoViewIfNeeded();
        await expect.poll(() => widgets.nth(i).getAttribute("data-hydrated"), { timeout: 10_000 }).toBe("true");
      }
      const { svgs, widths } = await textSizesAcrossWidths(page, FROM, TO, LIMIT);
      console.log(`${route}: ${svgs.length} SVGs laid out at ${widths} widths; smallest text ${Math.min(...svgs.map((s) => s.smallest)).toFixed(2)} px`);
      // Not blind: every widget has an SVG in the sweep.
      expect(svgs.length).toBeGreaterThanOrEqual(await widgets.count());
      // The widths under the limit are those laid out: between two of them on one line, the rest are too.
      expect(svgs.filter((s) => s.under.length > 0).map((s) => `${s.figure}: ${s.smallest.toFixed(2)} px at ${s.at} px; under ${MIN_TEXT_PX} px at ${ranges(s.under)} px (of the widths laid out)`)).toEqual([]);
      expect(errors).toEqual([]);
    });
  }
});
