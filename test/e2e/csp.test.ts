import { readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { serveDist } from "../../scripts/serve-dist.ts";
import { headersFor, parseHeadersFile } from "../../src/security/headers-file.ts";
import { useBrowser } from "./browser.ts";
import { cspViolations, RECORD_CSP_VIOLATIONS } from "./csp-violations.ts";
import { focusArticle } from "./routes.ts";

const dist = path.resolve(import.meta.dirname, "../../dist");
const browser = useBrowser();
let server: Server;
let baseUrl = "";

// Serves dist the way a static host reading dist/_headers would: every response gets the headers its path matches.
beforeAll(async () => {
  ({ server, url: baseUrl } = await serveDist(dist));
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

/** Opens a page in a fresh context under the site's own headers, recording CSP violations, console errors and exceptions. */
async function openStrict(url: string) {
  const context = await browser().newContext();
  await context.addInitScript(RECORD_CSP_VIOLATIONS);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("console", (m) => m.type() === "error" && errors.push(`console: ${m.text()}`));
  page.on("pageerror", (e) => errors.push(`exception: ${e.message}`));
  await page.goto(url, { waitUntil: "load" });
  return { page, errors, violations: () => cspViolations(page) };
}

describe("the site under its own strict Content-Security-Policy (dist/_headers)", () => {
  it("ships a policy without unsafe-eval or unsafe-inline scripts, and CORS for the embed bundle", () => {
    const rules = parseHeadersFile(readFileSync(path.join(dist, "_headers"), "utf8"));
    const policy = headersFor("/articles/why-so-sigmoid/", rules)["Content-Security-Policy"] ?? "";
    const scripts = /script-src ([^;]*)/.exec(policy)?.[1] ?? "";
    expect(scripts.split(" ")).toContain("'self'");
    expect(scripts).not.toMatch(/'unsafe-eval'|'unsafe-inline'|\*/);
    expect(policy).toContain("object-src 'none'");
    expect(headersFor("/embed/v1/loader.js", rules)["Access-Control-Allow-Origin"]).toBe("*");
  });

  // Every page the browser tests visit is loaded under this policy by pages.test.ts and embed-pages.test.ts, which serve
  // dist the same way and check there, on the visit their other checks use, that nothing is blocked while every
  // widget hydrates (page-checks.ts).

  // The whole-site checks do not concern the one article `npm run test:article` checks.
  if (focusArticle) return;

  it("search (Pagefind's WebAssembly) and the lab's Web Worker run under the policy", async () => {
    const search = await openStrict(`${baseUrl}/search/?q=sigmoid`);
    await expect.poll(() => search.page.locator("[data-search-results] li").count(), { timeout: 10_000 }).toBeGreaterThan(0);
    expect(await search.violations()).toEqual([]);
    expect(search.errors).toEqual([]);
    await search.page.context().close();

    const lab = await openStrict(`${baseUrl}/articles/backprop-by-hand/`);
    const widget = lab.page.locator(".gl").first();
    await widget.scrollIntoViewIfNeeded();
    await expect.poll(() => widget.getAttribute("data-hydrated"), { timeout: 10_000 }).toBe("true");
    await widget.getByRole("button", { name: "Train" }).click();
    await expect.poll(() => lab.page.workers().length, { timeout: 10_000 }).toBeGreaterThan(0);
    const step = async () => Number(/step (\d+)/.exec((await widget.locator(".gl-readout").textContent()) ?? "")?.[1]);
    await expect.poll(step, { timeout: 15_000 }).toBeGreaterThan(20);
    expect(await lab.violations()).toEqual([]);
    expect(lab.errors).toEqual([]);
    await lab.page.context().close();
  });

  it("another site may frame the widget pages but not the site's own pages (frame-ancestors 'self')", async () => {
    // A second server on another port is another origin: it plays the host page of a blog that embeds the site.
    const framed = ["/articles/why-so-sigmoid/", "/", "/claims/", "/search/", "/embed/", "/embed/sigmoid-explorer/"];
    const host = createServer((_, res) => {
      res.writeHead(200, { "Content-Type": "text/html; charset=utf-8" });
      res.end(framed.map((p) => `<iframe src="${baseUrl}${p}" title="${p}"></iframe>`).join(""));
    });
    await new Promise<void>((resolve) => host.listen(0, "127.0.0.1", resolve));
    try {
      const context = await browser().newContext();
      const page = await context.newPage();
      await page.goto(`http://127.0.0.1:${(host.address() as { port: number }).port}/`, { waitUntil: "load" });
      // A frame the policy refuses is left on Chromium's error page, with no document of the site in it.
      const loaded = async (p: string) => {
        const frame = await (await page.locator(`iframe[title="${p}"]`).elementHandle())!.contentFrame();
        return frame!.evaluate(() => document.querySelector("main, [data-embed-widget]") !== null).catch(() => false);
      };
      // "load" waited for every frame, refused or not, so each answer is final.
      for (const p of framed) expect(await loaded(p), p).toBe(p === "/embed/sigmoid-explorer/");
      await context.close();
    } finally {
      await new Promise<void>((resolve) => host.close(() => resolve()));
    }
  });

  it("a script injected into a page is refused: the policy is really enforced", async () => {
    const { page, violations } = await openStrict(`${baseUrl}/`);
    await page.evaluate(() => {
      const s = document.createElement("script");
      s.textContent = "window.injected = true";
      document.body.append(s);
    });
    expect(await page.evaluate(() => (window as unknown as { injected?: boolean }).injected)).toBeUndefined();
    expect((await violations()).join()).toMatch(/script-src/);
    await page.context().close();
  });
});
