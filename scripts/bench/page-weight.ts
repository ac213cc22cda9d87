import { gzipSync } from "node:zlib";
import type { Browser } from "playwright-core";

/** What one page makes a reader download, once every widget on it has hydrated. */
export interface PageWeight {
  readonly path: string;
  /** Client JavaScript, gzip-compressed, inline scripts included. */
  readonly jsGzip: number;
  readonly cssGzip: number;
  /** Font files as served (already compressed). */
  readonly fonts: number;
}

/** Loads a page in Chromium, scrolls every widget into view, and sums what it fetched by kind. */
export async function pageWeight(browser: Browser, base: string, path: string): Promise<PageWeight> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const bodies = new Map<string, { kind: string; body: Promise<Buffer> }>();
  page.on("response", (r) => {
    const type = r.request().resourceType();
    const kind = type === "script" || r.url().endsWith(".js") ? "js" : type === "stylesheet" ? "css" : type === "font" ? "font" : "";
    if (kind) bodies.set(r.url(), { kind, body: r.body() });
  });
  await page.goto(base + path, { waitUntil: "networkidle" });
  const widgets = page.locator("[data-widget], [data-embed-widget]");
  for (let i = 0; i < (await widgets.count()); i++) await widgets.nth(i).scrollIntoViewIfNeeded();
  await page.waitForTimeout(500);
  await page.waitForLoadState("networkidle");
  const inline = await page.evaluate(() => [...document.querySelectorAll("script:not([src])")].map((s) => s.textContent ?? ""));
  const sums = { js: 0, css: 0, font: 0 };
  for (const { kind, body } of bodies.values()) {
    const b = await body;
    sums[kind as keyof typeof sums] += kind === "font" ? b.length : gzipSync(b, { level: 9 }).length;
  }
  for (const text of inline) sums.js += gzipSync(Buffer.from(text), { level: 9 }).length;
  await context.close();
  return { path, jsGzip: sums.js, cssGzip: sums.css, fonts: sums.font };
}
