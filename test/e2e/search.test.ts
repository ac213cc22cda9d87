import { readFileSync } from "node:fs";
import path from "node:path";
import type { Paragraph } from "mdast";
import { toString } from "mdast-util-to-string";
import type { Page } from "playwright-core";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { parseArticle } from "../../src/claims/parse-article.ts";
import { useBrowser, usePages } from "./browser.ts";
import { articlesToVisit, focusArticle } from "./routes.ts";

const baseUrl = inject("baseUrl");
const visit = usePages(useBrowser());
const articles = path.resolve(import.meta.dirname, "../../content/articles");

/** Four words from the first run of plain text of six words or more in an article's body, read from its source. */
function phraseOf(file: string): string {
  const { tree } = parseArticle(readFileSync(path.join(articles, file), "utf8"));
  const texts = tree.children.filter((n): n is Paragraph => n.type === "paragraph").flatMap((p) => p.children.filter((c) => c.type === "text"));
  const words = texts.map((t) => toString(t).trim().split(/\s+/)).find((w) => w.length >= 6)!;
  return words.slice(1, 5).join(" ").replace(/[.,;:!?"“”()]/g, "");
}

describe("search in Chromium", () => {
  // One search page for every article's phrase, as a reader would search one after another.
  describe("finds every article", () => {
    let page: Page;
    let errors: string[];
    beforeAll(async () => {
      ({ page, errors } = await visit(`${baseUrl}/search/`));
    });

    for (const slug of articlesToVisit()) {
      it(`finds a phrase from ${slug} and lists that article first, linked to the match`, async () => {
        const phrase = phraseOf(`${slug}.mdx`);
        await page.fill("#search-input", `"${phrase}"`);
        await expect.poll(() => page.locator("[data-search-results] a").first().getAttribute("href"), { timeout: 10_000 }).toMatch(new RegExp(`^/articles/${slug}/\\?highlight=`));
        expect(await page.locator("[data-search-status]").textContent()).toMatch(/match/);
        expect(errors).toEqual([]);
      });
    }
  });

  if (focusArticle) return;

  it("is driven by the keyboard: / focuses the box, ↓ walks the hits, Enter opens one; ?q= survives a reload", async () => {
    const { page, errors } = await visit(`${baseUrl}/search/`);
    await page.locator("h1").click();
    await page.keyboard.press("/");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("search-input");
    await page.keyboard.type("vanishing gradient");
    await expect.poll(() => page.locator("[data-search-results] li").count(), { timeout: 10_000 }).toBeGreaterThan(1);
    expect(new URL(page.url()).searchParams.get("q")).toBe("vanishing gradient");
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("ArrowDown");
    const second = await page.locator("[data-search-results] a").nth(1).getAttribute("href");
    expect(await page.evaluate(() => document.activeElement?.getAttribute("href"))).toBe(second);
    await page.keyboard.press("ArrowUp");
    await page.keyboard.press("ArrowUp");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("search-input");
    await page.reload();
    await expect.poll(() => page.locator("[data-search-results] li").count(), { timeout: 10_000 }).toBeGreaterThan(1);
    expect(await page.inputValue("#search-input")).toBe("vanishing gradient");
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("Enter");
    await page.waitForURL(/\/articles\//);
    expect(errors).toEqual([]);
  });

  it("leaves KaTeX's hidden MathML out of the index: TeX commands are not words of the site", async () => {
    const { page, errors } = await visit(`${baseUrl}/search/`);
    // The hidden MathML carries each formula's TeX source; \cdot appears in the articles only there.
    const html = await (await fetch(`${baseUrl}/articles/why-so-sigmoid/`)).text();
    expect(html).toMatch(/<annotation encoding="application\/x-tex">[^<]*\\cdot/);
    await page.fill("#search-input", "cdot");
    await expect.poll(() => page.locator("[data-search-status]").textContent(), { timeout: 10_000 }).toBe("Nothing found for “cdot”.");
    expect(errors).toEqual([]);
  });

  it("finds nothing for a word no article has, even one that starts like a one-letter variable (xyzzyqq)", async () => {
    const { page, errors } = await visit(`${baseUrl}/search/`);
    await page.fill("#search-input", "xyzzyqq");
    await expect.poll(() => page.locator("[data-search-status]").textContent(), { timeout: 10_000 }).toBe("Nothing found for “xyzzyqq”.");
    expect(await page.locator("[data-search-results] li").count()).toBe(0);
    expect(errors).toEqual([]);
  });

  it("shows excerpts without garbled maths, and a result opens the article scrolled to the match, highlighted", async () => {
    const { page, errors } = await visit(`${baseUrl}/search/`, { viewport: { width: 1280, height: 800 } });
    await page.fill("#search-input", "forget gate");
    const first = page.locator("[data-search-results] a").first();
    await expect.poll(() => first.getAttribute("href"), { timeout: 10_000 }).toMatch(/^\/articles\/[a-z-]+\/\?highlight=[^#]+#/);
    // KaTeX's glyphs ("∂w∂L=N1n∑…") are not indexed: no excerpt carries maths symbols.
    for (const text of await page.locator("[data-search-results] p").allTextContents()) expect(text).not.toMatch(/[∂∑∈σ⊤]/);
    await first.click();
    await page.waitForURL(/\/articles\//);
    // The article marks the matched word in the section the result named and scrolls it to the middle of the window.
    const mark = page.locator("mark.search-hit");
    await expect.poll(() => mark.count(), { timeout: 5_000 }).toBe(1);
    expect((await mark.textContent())!.toLowerCase()).toMatch(/^(forget|gate)/);
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(400);
    const box = (await mark.boundingBox())!;
    expect(box.y).toBeGreaterThan(0);
    expect(box.y + box.height).toBeLessThan(800);
    const section = decodeURIComponent(new URL(page.url()).hash.slice(1));
    expect(await mark.evaluate((m, id) => !!(document.getElementById(id)!.compareDocumentPosition(m) & Node.DOCUMENT_POSITION_FOLLOWING), section)).toBe(true);
    expect(errors).toEqual([]);
  });
});
