import { describe, expect, inject, it } from "vitest";
import { EMBEDS } from "../../src/embed/embed-registry.ts";
import { useBrowser, usePages } from "./browser.ts";
import { EMBED_COLUMN, layoutProblems } from "./layout-problems.ts";

const baseUrl = inject("baseUrl");
const visit = usePages(useBrowser());

// The articles' figures, maths and samples are checked at every width in both themes on the page pages.test.ts opens
// for each article (page-checks.ts), which has hydrated them already.
describe(`every widget embedded in a ${EMBED_COLUMN} px column, in both themes`, () => {
  for (const { widget } of EMBEDS) {
    it(`/embed/${widget}/: no overlapping, clipped or sub-11 px text, and nothing wider than the column`, async () => {
      // Loaded at the column's width in the light theme, then switched to the dark one in place: what the iframe
      // page's script does with ?theme= is set the widget's theme attribute and the page's own, which the widget follows.
      const { page, errors } = await visit(`${baseUrl}/embed/${widget}/?theme=light`, { viewport: { width: EMBED_COLUMN, height: 900 } });
      await page.waitForFunction(() => !!document.querySelector("[data-embed-widget]")?.shadowRoot?.querySelector(".chart svg"), undefined, { timeout: 20_000 });
      const problems: string[] = [];
      for (const theme of ["light", "dark"]) {
        await page.evaluate((t) => {
          document.querySelector("[data-embed-widget]")!.setAttribute("theme", t);
          document.documentElement.dataset.theme = t;
        }, theme);
        await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
        for (const p of await layoutProblems(page, true)) problems.push(`${theme}: ${p}`);
      }
      expect([...new Set(problems)]).toEqual([]);
      expect(errors).toEqual([]);
    });
  }
});
