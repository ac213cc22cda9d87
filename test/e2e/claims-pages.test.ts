import { readFileSync } from "node:fs";
import path from "node:path";
import type { Element, Nodes } from "hast";
import { fromHtml } from "hast-util-from-html";
import { visit } from "unist-util-visit";
import { describe, expect, inject, it } from "vitest";
import { useBrowser, usePages } from "./browser.ts";
import { articlesToVisit, focusArticle, sampleArticles } from "./routes.ts";

const baseUrl = inject("baseUrl");
const open = usePages(useBrowser());
const dist = path.resolve(import.meta.dirname, "../../dist");
const tree = (page: string) => fromHtml(readFileSync(path.join(dist, page, "index.html"), "utf8"));
const toString = (n: Nodes): string => (n.type === "text" ? n.value : "children" in n ? n.children.map((c) => toString(c as Nodes)).join("") : "");
const classes = (el: Element) => (Array.isArray(el.properties["className"]) ? el.properties["className"].map(String) : []);

/** The rows of an article's claims page: the link of each number, its written text, and the sentence under it. */
function rowsOf(slug: string): { href: string; written: string; sentence: string }[] {
  const rows: { href: string; written: string; sentence: string }[] = [];
  visit(tree(`claims/${slug}`), "element", (el: Element) => {
    if (el.tagName !== "tbody" || !classes(el).includes("claim")) return;
    let link: Element | undefined;
    let sentence = "";
    visit(el, "element", (c: Element) => {
      if (c.tagName === "a" && !link) link = c;
      if (c.tagName === "tr" && classes(c).includes("claim-sentence")) sentence = toString(c);
    });
    rows.push({ href: String(link!.properties["href"]), written: toString(link!), sentence });
  });
  return rows;
}

/** Every number span of an article page, by id: what its text says. */
function numbersOf(slug: string): Map<string, string> {
  const spans = new Map<string, string>();
  visit(tree(`articles/${slug}`), "element", (el: Element) => {
    if (el.tagName === "span" && classes(el).includes("num")) spans.set(String(el.properties["id"]), toString(el));
  });
  return spans;
}

describe("the claims pages, one per article", () => {
  if (!focusArticle) {
    it("the index has one line per article, linking to its claims page, and no table of numbers", () => {
      const items: string[] = [];
      visit(tree("claims"), "element", (el: Element) => {
        if (el.tagName === "ul" && el.properties["dataClaimsIndex"] !== undefined) {
          visit(el, "element", (a: Element) => {
            if (a.tagName === "a") items.push(String(a.properties["href"]));
          });
        }
      });
      expect(items.sort()).toEqual(articlesToVisit().map((s) => `/claims/${s}/`).sort());
      expect(readFileSync(path.join(dist, "claims/index.html"), "utf8")).not.toContain("<table");
    });
  }

  for (const slug of articlesToVisit()) {
    it(`${slug}: every <Num> of the article has one row linking to its anchor, which holds the written number; every row shows its sentence`, () => {
      const rows = rowsOf(slug);
      const numbers = numbersOf(slug);
      expect(rows.length).toBeGreaterThan(0);
      expect(numbers.size).toBeGreaterThan(0);
      // Rows link into this article only: the page holds this article's numbers and no other's.
      expect(rows.filter((r) => !r.href.startsWith(`/articles/${slug}/`))).toEqual([]);
      const own = rows.filter((r) => r.href.includes("#num-"));
      expect(own.map((r) => r.href.split("#")[1]).sort()).toEqual([...numbers.keys()].sort());
      for (const row of own) expect(numbers.get(row.href.split("#")[1]!)).toBe(row.written);
      for (const row of rows) expect(row.sentence.length).toBeGreaterThan(row.written.length);
      for (const row of own) expect(row.sentence).toContain(row.written);
      // The sentence is what the reader sees: maths typeset, checker macros replaced by their numbers.
      expect(rows.filter((r) => /\\(num|free)\b/.test(r.sentence)).map((r) => r.sentence)).toEqual([]);
    });
  }

  const shown = focusArticle ?? sampleArticles()[0]!;
  // How wide a table gets depends on the article's own expressions, so every article is measured.
  for (const slug of articlesToVisit()) {
    it(`${slug}: the table fits its frame from a 360 px phone up, or scrolls inside it on the narrowest; the page never scrolls sideways`, async () => {
      const { page, errors } = await open(`${baseUrl}/claims/${slug}/`);
      for (const width of [320, 360, 390, 768, 1024, 1280, 1920]) {
        await page.setViewportSize({ width, height: 800 });
        const m = await page.evaluate(() => {
          const frame = document.querySelector<HTMLElement>(".claims-frame")!;
          const last = [...frame.querySelectorAll("thead th")].at(-1)!;
          return {
            page: document.documentElement.scrollWidth - window.innerWidth,
            frameRight: frame.getBoundingClientRect().right,
            lastRight: last.getBoundingClientRect().right,
            overflow: frame.scrollWidth - frame.clientWidth,
            scrolls: getComputedStyle(frame).overflowX === "auto" && frame.tabIndex === 0,
          };
        });
        expect(m.page, `page overflow at ${width} px`).toBeLessThanOrEqual(0);
        expect(m.frameRight, `frame inside the window at ${width} px`).toBeLessThanOrEqual(width);
        // From a common phone up every column, and so every sentence under them, is in view; below that the frame may scroll, by keyboard too.
        if (width >= 360) expect(m.lastRight, `Status column in view at ${width} px`).toBeLessThanOrEqual(m.frameRight + 0.5);
        else expect(m.overflow <= 0 || m.scrolls, `table fits or its frame scrolls at ${width} px`).toBe(true);
      }
      expect(errors).toEqual([]);
    });
  }

  it(`${shown}: following a row's link lands on the number in the article, in view and highlighted`, async () => {
    const { page, errors } = await open(`${baseUrl}/claims/${shown}/`);
    const link = page.locator('tbody.claim a[href*="#num-"]').nth(1);
    const written = await link.textContent();
    const id = (await link.getAttribute("href"))!.split("#")[1]!;
    await link.click();
    await page.waitForURL(new RegExp(`/articles/${shown}/#${id}$`));
    const target = page.locator(`[id="${id}"]`);
    expect(await target.textContent()).toBe(written);
    expect(await target.evaluate((el) => el.matches(":target"))).toBe(true);
    expect(await target.isVisible()).toBe(true);
    const box = (await target.boundingBox())!;
    const viewport = page.viewportSize()!;
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.y + box.height).toBeLessThanOrEqual(viewport.height);
    // Highlighted: the followed number is outlined, the others are not.
    const outline = (sel: string) => page.locator(sel).first().evaluate((el) => getComputedStyle(el).outlineStyle);
    expect(await outline(`[id="${id}"]`)).not.toBe("none");
    expect(await outline(`.num:not([id="${id}"])`)).toBe("none");
    expect(errors).toEqual([]);
  });
});
