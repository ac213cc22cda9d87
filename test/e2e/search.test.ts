import { readFileSync } from "node:fs";
import path from "node:path";
import type { Paragraph } from "mdast";
import { toString } from "mdast-util-to-string";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { parseArticle } from "../../src/claims/parse-article.ts";
import { openPage, useBrowser } from "./browser.ts";
import { articlesToVisit, focusArticle } from "./routes.ts";

const baseUrl = inject("baseUrl");
const browser = useBrowser();
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
      ({ page, errors } = await openPage(browser(), `${baseUrl}/search/`));
    });
    afterAll(async () => page?.context().close());

    for (const slug of articlesToVisit()) {
      it(`finds a phrase from ${slug} and lists that article first`, async () => {
        const phrase = phraseOf(`${slug}.mdx`);
        await page.fill("#search-input", `"${phrase}"`);
        await expect.poll(() => page.locator("[data-search-results] a").first().getAttribute("href"), { timeout: 10_000 }).toBe(`/articles/${slug}/`);
        expect(await page.locator("[data-search-status]").textContent()).toMatch(/match/);
        expect(errors).toEqual([]);
      });
    }
  });

  if (focusArticle) return;

  it("is driven by the keyboard: / focuses the box, ↓ walks the hits, Enter opens one; ?q= survives a reload", async () => {
    const { page, errors } = await openPage(browser(), `${baseUrl}/search/`);
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
    await page.context().close();
  });

  it("leaves KaTeX's hidden MathML out of the index: TeX commands are not words of the site", async () => {
    const { page, errors } = await openPage(browser(), `${baseUrl}/search/`);
    // The hidden MathML carries each formula's TeX source; \cdot appears in the articles only there.
    const html = await (await fetch(`${baseUrl}/articles/why-so-sigmoid/`)).text();
    expect(html).toMatch(/<annotation encoding="application\/x-tex">[^<]*\\cdot/);
    await page.fill("#search-input", "cdot");
    await expect.poll(() => page.locator("[data-search-status]").textContent(), { timeout: 10_000 }).toBe("Nothing found for “cdot”.");
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
