import { readFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import type { Response } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import { hydrateAll, useBrowser } from "./browser.ts";
import { pagesToVisit } from "./routes.ts";

/** The whole d3 bundle, gzip-compressed: what a page would cost if it imported "d3" instead of its modules. */
const d3Bundle = gzipSync(readFileSync(path.resolve(import.meta.dirname, "../../node_modules/d3/dist/d3.min.js")), { level: 9 }).length;

/** Client JavaScript a page may load, gzip-compressed, once every widget on it has hydrated: 25 KB, or 50 KB for an article. */
function jsBudget(path: string): number {
  return (path.startsWith("/articles/") ? 50 : 25) * 1024;
}

const baseUrl = inject("baseUrl");
const browser = useBrowser();

describe("client JavaScript per page", () => {
  for (const route of pagesToVisit()) {
    it(`${route} loads at most ${jsBudget(route) / 1024} KB of gzip-compressed JS, widgets included, far less than the whole d3 bundle, and KaTeX fonts only if it has maths`, async () => {
      const context = await browser().newContext();
      const page = await context.newPage();
      const scripts = new Map<string, Response>();
      const fonts = new Set<string>();
      page.on("response", (r) => {
        if (r.request().resourceType() === "font") fonts.add(r.url());
        if (r.request().resourceType() === "script" || r.url().endsWith(".js")) scripts.set(r.url(), r);
      });
      await page.goto(baseUrl + route, { waitUntil: "networkidle" });
      await hydrateAll(page);
      // Widgets that compute in a worker load it after hydrating; wait until none is busy and the network is quiet.
      await page.waitForFunction(() => !document.querySelector("[aria-busy=true]"));
      await page.waitForLoadState("networkidle");
      const inline = await page.evaluate(() => [...document.querySelectorAll("script:not([src])")].map((s) => s.textContent ?? ""));
      const bodies = [...(await Promise.all([...scripts.values()].map((r) => r.body()))), ...inline.map((t) => Buffer.from(t))];
      const bytes = bodies.reduce((sum, b) => sum + gzipSync(b, { level: 9 }).length, 0);
      console.log(`${route}: ${scripts.size} script files and ${inline.length} inline, ${bytes} bytes gzip`);
      expect(bytes).toBeLessThanOrEqual(jsBudget(route));
      expect(bytes).toBeLessThan(d3Bundle / 2);
      const katexFonts = [...fonts].filter((u) => /KaTeX_/.test(u));
      const hasMaths = (await page.locator(".katex").count()) > 0;
      if (hasMaths) expect(katexFonts.length).toBeGreaterThan(0);
      else expect(katexFonts).toEqual([]);
      await context.close();
    });
  }
});
