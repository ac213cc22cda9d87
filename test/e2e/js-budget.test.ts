import { gzipSync } from "node:zlib";
import type { Response } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import { builtPages, hydrateAll, useBrowser } from "./browser.ts";

/** Client JavaScript a page may load, gzip-compressed, once every widget on it has hydrated: 25 KB, or 50 KB for an article. */
function jsBudget(path: string): number {
  return (path.startsWith("/articles/") ? 50 : 25) * 1024;
}

const baseUrl = inject("baseUrl");
const browser = useBrowser();

describe("client JavaScript per page", () => {
  for (const path of builtPages()) {
    it(`${path} loads at most ${jsBudget(path) / 1024} KB of gzip-compressed JS, widgets included`, async () => {
      const context = await browser().newContext();
      const page = await context.newPage();
      const scripts = new Map<string, Response>();
      page.on("response", (r) => {
        if (r.request().resourceType() === "script" || r.url().endsWith(".js")) scripts.set(r.url(), r);
      });
      await page.goto(baseUrl + path, { waitUntil: "networkidle" });
      await hydrateAll(page);
      // Widgets that compute in a worker load it after hydrating; wait until none is busy and the network is quiet.
      await page.waitForFunction(() => !document.querySelector("[aria-busy=true]"));
      await page.waitForLoadState("networkidle");
      const inline = await page.evaluate(() => [...document.querySelectorAll("script:not([src])")].map((s) => s.textContent ?? ""));
      const bodies = [...(await Promise.all([...scripts.values()].map((r) => r.body()))), ...inline.map((t) => Buffer.from(t))];
      const bytes = bodies.reduce((sum, b) => sum + gzipSync(b, { level: 9 }).length, 0);
      console.log(`${path}: ${scripts.size} script files and ${inline.length} inline, ${bytes} bytes gzip`);
      expect(bytes).toBeLessThanOrEqual(jsBudget(path));
      await context.close();
    });
  }
});
