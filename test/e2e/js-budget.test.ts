import { gzipSync } from "node:zlib";
import { describe, expect, inject, it } from "vitest";
import { builtPages, hydrateAll, useBrowser } from "./browser.ts";

/** Client JavaScript a page may load, gzip-compressed, once every widget on it has hydrated (an article has up to ten). */
export const JS_BUDGET_GZIP = 40 * 1024;

const baseUrl = inject("baseUrl");
const browser = useBrowser();

describe("client JavaScript per page", () => {
  for (const path of builtPages()) {
    it(`${path} loads at most ${JS_BUDGET_GZIP / 1024} KB of gzip-compressed JS, widgets included`, async () => {
      const context = await browser().newContext();
      const page = await context.newPage();
      const scripts = new Map<string, Promise<Buffer>>();
      page.on("response", (r) => {
        if (r.request().resourceType() === "script" || r.url().endsWith(".js")) scripts.set(r.url(), r.body());
      });
      await page.goto(baseUrl + path, { waitUntil: "networkidle" });
      await hydrateAll(page);
      await page.waitForLoadState("networkidle");
      const inline = await page.evaluate(() => [...document.querySelectorAll("script:not([src])")].map((s) => s.textContent ?? ""));
      const bodies = [...(await Promise.all(scripts.values())), ...inline.map((t) => Buffer.from(t))];
      const bytes = bodies.reduce((sum, b) => sum + gzipSync(b, { level: 9 }).length, 0);
      console.log(`${path}: ${scripts.size} script files and ${inline.length} inline, ${bytes} bytes gzip`);
      expect(bytes).toBeLessThanOrEqual(JS_BUDGET_GZIP);
      await context.close();
    });
  }
});
