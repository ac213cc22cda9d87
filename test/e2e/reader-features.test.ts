import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, inject, it } from "vitest";
import { parse } from "yaml";
import { LOCAL_SITE_URL, SITE_CONFIG } from "../../src/lib/site.ts";
import { openPage, useBrowser } from "./browser.ts";

const baseUrl = inject("baseUrl");
const browser = useBrowser();
const root = path.resolve(import.meta.dirname, "../..");
const dist = path.join(root, "dist");
// The build and these tests run under one environment (npm test), so they read the same SITE_URL and REPOSITORY_URL.
const site = (SITE_CONFIG.siteUrl ?? LOCAL_SITE_URL).replace(/\/$/, "");
const html = (page: string) => readFileSync(path.join(dist, page, "index.html"), "utf8");
const meta = (page: string, key: string) => new RegExp(`<meta (?:property|name)="${key}" content="([^"]*)"`).exec(html(page))?.[1];

/** The published articles in reading order, read from their front matter (independently of the site's own helper). */
const articles = readdirSync(path.join(root, "content/articles"))
  .filter((f) => f.endsWith(".mdx"))
  .map((f) => {
    const front = parse(/^---\n([\s\S]*?)\n---/.exec(readFileSync(path.join(root, "content/articles", f), "utf8"))![1]!) as { title: string; order: number; slug?: string; draft?: boolean };
    return { slug: front.slug ?? f.replace(/\.mdx$/, ""), title: front.title, order: front.order, draft: front.draft === true };
  })
  .filter((a) => !a.draft)
  .sort((a, b) => a.order - b.order);

describe("sharing: canonical URL, Open Graph and Twitter meta, preview images, feed and sitemap", () => {
  for (const a of articles) {
    it(`${a.slug}: meta tags name the article and its preview image, a 1200 × 630 PNG built with the site`, () => {
      const page = `articles/${a.slug}`;
      expect(html(page)).toContain(`<link rel="canonical" href="${site}/${page}/">`);
      expect(meta(page, "og:title")).toBe(a.title);
      expect(meta(page, "og:type")).toBe("article");
      expect(meta(page, "twitter:card")).toBe("summary_large_image");
      expect(meta(page, "og:image")).toBe(`${site}/og/${a.slug}.png`);
      expect(meta(page, "twitter:image")).toBe(meta(page, "og:image"));
      const png = readFileSync(path.join(dist, "og", `${a.slug}.png`));
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
    });
  }

  it("the RSS feed lists every published article, and every page links to it", () => {
    const feed = readFileSync(path.join(dist, "rss.xml"), "utf8");
    const links = [...feed.matchAll(/<item>[\s\S]*?<link>([^<]+)<\/link>/g)].map((m) => m[1]);
    expect(links.sort()).toEqual(articles.map((a) => `${site}/articles/${a.slug}/`).sort());
    expect(html("")).toContain('<link rel="alternate" type="application/rss+xml"');
  });

  it("the sitemap lists the home page and every article, and leaves the bare widget pages out", () => {
    const map = readFileSync(path.join(dist, "sitemap-0.xml"), "utf8");
    const urls = [...map.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
    expect(urls).toEqual(expect.arrayContaining([`${site}/`, `${site}/search/`, `${site}/embed/`, ...articles.map((a) => `${site}/articles/${a.slug}/`)]));
    expect(urls.filter((u) => /\/embed\/[a-z-]+\/$/.test(u!))).toEqual([]);
    expect(existsSync(path.join(dist, "sitemap-index.xml"))).toBe(true);
  });
});

describe("navigation within an article", () => {
  it("previous/next links walk every article in reading order", () => {
    const seen: string[] = [];
    let page: string | undefined = `articles/${articles[0]!.slug}`;
    expect(html(page)).not.toContain('rel="prev"');
    while (page) {
      seen.push(page.replace("articles/", ""));
      page = /href="\/(articles\/[a-z0-9-]+)\/" rel="next"/.exec(html(page))?.[1];
    }
    expect(seen).toEqual(articles.map((a) => a.slug));
  });

  it("every article links to its source file and cites its address only when they are configured: nothing points nowhere", () => {
    for (const a of articles) {
      const page = html(`articles/${a.slug}`);
      const bibtex = /<code id="cite-bibtex"[^>]*>([\s\S]*?)<\/code>/.exec(page)![1]!;
      expect(bibtex).toMatch(/^@online\{[a-z_]+_\d{4},/);
      if (SITE_CONFIG.repositoryUrl) expect(page).toContain(`href="${SITE_CONFIG.repositoryUrl}/edit/main/content/articles/${a.slug}.mdx"`);
      else expect(page).not.toMatch(/Edit this page|\/edit\/main\//);
      if (SITE_CONFIG.siteUrl) expect(bibtex).toContain(`url          = {${site}/articles/${a.slug}/}`);
      else expect(page).not.toMatch(/example\.org|localhost:4321\/articles[^"]*<\/(?:p|code)>|url {10}= /);
    }
  });

  it("the contents follow the scroll: the section being read is marked current", async () => {
    const { page, errors } = await openPage(browser(), `${baseUrl}/articles/${articles[0]!.slug}/`, { viewport: { width: 1400, height: 900 } });
    const links = page.locator("[data-toc] a");
    const third = links.nth(2);
    const id = decodeURIComponent(((await third.getAttribute("href")) ?? "").slice(1));
    await page.evaluate((target) => document.getElementById(target)!.scrollIntoView({ block: "start" }), id);
    await expect.poll(() => page.locator('[data-toc] a[aria-current="true"]').getAttribute("href"), { timeout: 5_000 }).toBe(`#${encodeURIComponent(id)}`);
    expect(await page.locator('[data-toc] a[aria-current="true"]').count()).toBe(1);
    // On a wide screen the contents stay in view while the article scrolls.
    expect(await page.locator("[data-toc]").isVisible()).toBe(true);
    expect((await page.locator("[data-toc]").boundingBox())!.y).toBeGreaterThanOrEqual(0);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
