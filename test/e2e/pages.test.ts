import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { serveDist } from "../../scripts/serve-dist.ts";
import { builtPages, useBrowser, usePages } from "./browser.ts";
import { RECORD_CSP_VIOLATIONS } from "./csp-violations.ts";
import { RECORD_HYDRATION } from "./hydration-records.ts";
import { checkPage } from "./page-checks.ts";
import { focusArticle, pagesToVisit } from "./routes.ts";

// Served as a static host serves it, with the headers of dist/_headers (its CSP among them).
const site = await serveDist(path.resolve(import.meta.dirname, "../../dist"));
afterAll(() => new Promise<void>((resolve) => (site.server.closeAllConnections(), site.server.close(() => resolve()))));
const baseUrl = site.url;
// What hydration does to each page, and any CSP violation, is recorded from its first script on, for page-checks.
const visit = usePages(useBrowser(), RECORD_HYDRATION + RECORD_CSP_VIOLATIONS);

describe("every built page in Chromium", () => {
  // The whole-site checks do not concern the one article `npm run test:article` checks.
  if (!focusArticle) it("the build has the home page, an article, the claims pages and the 404 page", () => {
    const pages = builtPages();
    expect(pages).toEqual(expect.arrayContaining(["/", "/claims/", "/404.html"]));
    expect(pages.some((p) => p.startsWith("/articles/"))).toBe(true);
    expect(pages.some((p) => /^\/claims\/[a-z0-9-]+\/$/.test(p))).toBe(true);
  });

  // The iframe pages under /embed/ are checked the same way by embed-pages.test.ts, beside this file.
  for (const route of pagesToVisit().filter((r) => !r.startsWith("/embed/"))) checkPage(route, visit, baseUrl);

  if (!focusArticle) it("remembers the reader's theme across pages (the head applies it before the body is parsed)", async () => {
    const { page } = await visit(`${baseUrl}/`);
    await page.click("[data-theme-toggle]");
    const chosen = await page.getAttribute("html", "data-theme");
    await page.goto(`${baseUrl}/claims/`, { waitUntil: "commit" });
    await page.waitForSelector("body");
    expect(await page.getAttribute("html", "data-theme")).toBe(chosen);
    await expect.poll(() => page.getAttribute("[data-theme-toggle]", "aria-pressed")).toBe(String(chosen === "dark"));
  });
});
