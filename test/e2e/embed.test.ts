import fc from "fast-check";
import { readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import path from "node:path";
import type { ConsoleMessage, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it, onTestFinished } from "vitest";
import { attributeName, EMBEDS, embedTag } from "../../src/embed/embed-registry.ts";
import { useBrowser } from "./browser.ts";
import { guideSnippet, SITE_IN_SNIPPETS } from "./guide-snippet.ts";

const baseUrl = inject("baseUrl");
const browser = useBrowser();
const root = path.resolve(import.meta.dirname, "../..");
const dist = path.join(root, "dist");

/** Untrusted attribute values: numbers of every kind, text, markup and script. */
const hostile = fc.oneof(
  fc.double().map(String),
  fc.constantFrom("NaN", "Infinity", "-Infinity", "", " ", "1e308", "-1e308", "5e-324", "-0", "0x1f", "1,5", "true", "null", "undefined", "[]", "{}"),
  fc.string(),
  fc.constantFrom("<img src=x onerror=window.__owned=1>", "</svg><script>window.__owned=1</script>", '"><b>x</b>', "javascript:window.__owned=1", "relu", "TANH"),
);

describe("embedded widgets under hostile attributes, in Chromium", () => {
  // One tab goes from widget page to widget page: each load is a new document, with its own scripts and globals (the
  // `__owned` flag among them), and a tab reused costs a fraction of a new one. Errors are recorded per test.
  let tab: Page | undefined;
  afterAll(() => tab?.context().close());
  for (const entry of EMBEDS) {
    it(`<${embedTag(entry.widget)}>: 200 hostile values per attribute, no exception, no NaN drawn, no element from attribute text`, async () => {
      tab ??= await (await browser().newContext()).newPage();
      const page = tab;
      const errors: string[] = [];
      const onConsole = (m: ConsoleMessage) => m.type() === "error" && errors.push(`console: ${m.text()}`);
      const onError = (e: Error) => errors.push(`exception: ${e.message}`);
      page.on("console", onConsole);
      page.on("pageerror", onError);
      onTestFinished(() => {
        page.off("console", onConsole);
        page.off("pageerror", onError);
      });
      await page.goto(`${baseUrl}/embed/${entry.widget}/`, { waitUntil: "load" });
      const tag = embedTag(entry.widget);
      await page.waitForFunction((t) => !!document.querySelector(t)?.shadowRoot?.querySelector("svg"), tag);
      const names = Object.keys(entry.specs).map(attributeName);
      const values = fc.sample(hostile, { seed: 21, numRuns: 200 * names.length });
      const result = await page.evaluate(
        ({ tag, names, values }) => {
          // The values go to a copy of the page's element put in its place: the same element, attributes and page, without
          // the iframe page's listener that writes every change into the URL, whose thousands of history entries were
          // most of this test's time (that the URL follows the widget is embed-foreign's ?theme= check).
          const page = document.querySelector(tag)!;
          const el = page.cloneNode(false) as Element;
          page.replaceWith(el);
          const shadow = el.shadowRoot!;
          // The warnings that refuse each value are kept here rather than sent one by one to the test as console messages.
          const warnings: string[] = [];
          const warn = console.warn;
          console.warn = (message: string) => warnings.push(String(message));
          const problems: string[] = [];
          try {
            values.forEach((value, i) => {
              const name = names[i % names.length]!;
              el.setAttribute(name, value);
              const html = shadow.innerHTML;
              if (/NaN|Infinity/.test(html)) problems.push(`${name}=${JSON.stringify(value)} drew NaN or Infinity`);
              if (shadow.querySelector("img, script, iframe, object, embed, b")) problems.push(`${name}=${JSON.stringify(value)} created an element`);
            });
          } finally {
            console.warn = warn;
          }
          // Every attribute met values it refused, and said so: the values reached the element's parsing.
          const unwarned = names.filter((name) => !warnings.some((w) => w.includes(`"${name}"`)));
          return { problems, unwarned, owned: (window as unknown as { __owned?: number }).__owned };
        },
        { tag, names, values },
      );
      expect(result.problems).toEqual([]);
      expect(result.unwarned).toEqual([]);
      expect(result.owned).toBeUndefined();
      expect(errors).toEqual([]);
    });
  }
});

describe("a foreign page under a strict Content-Security-Policy", () => {
  const csp = "default-src 'self'; script-src 'self'; style-src 'self'";
  let server: Server;
  let origin = "";

  beforeAll(async () => {
    const fixture = path.join(root, "test/fixtures/embed-host");
    server = createServer((req, res) => {
      const url = new URL(req.url ?? "/", "http://host");
      let body: Buffer | string;
      let type = "text/html";
      if (url.pathname === "/") {
        // The guide's snippets pasted as written; only the site's address becomes this server's.
        const snippets = [guideSnippet("sigmoid-explorer-element"), guideSnippet("gradient-lab-element")].join("\n").replaceAll(SITE_IN_SNIPPETS, origin);
        body = readFileSync(path.join(fixture, "host.html"), "utf8").replace("<!-- SNIPPETS -->", snippets);
      } else if (url.pathname === "/host.css") {
        body = readFileSync(path.join(fixture, "host.css"));
        type = "text/css";
      } else if (url.pathname.startsWith("/embed/v1/") && !url.pathname.includes("..")) {
        body = readFileSync(path.join(dist, url.pathname));
        type = "text/javascript";
      } else if (url.pathname === "/favicon.ico") {
        // The host has no icon; answering keeps the browser's automatic request out of the console.
        res.writeHead(204).end();
        return;
      } else {
        res.writeHead(404).end();
        return;
      }
      res.writeHead(200, { "Content-Type": type, "Content-Security-Policy": csp }).end(body);
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const address = server.address() as { port: number };
    origin = `http://127.0.0.1:${address.port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it("shows two widgets from the guide's snippets, answering input, with no console error or CSP violation, and the host's styles intact", async () => {
    const context = await browser().newContext();
    await context.addInitScript(() => {
      const w = window as unknown as { __violations: string[] };
      w.__violations = [];
      document.addEventListener("securitypolicyviolation", (e) => w.__violations.push(`${e.violatedDirective}: ${e.blockedURI}`));
    });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on("console", (m) => {
      if (m.type() === "error" || /Content.Security.Policy/i.test(m.text())) errors.push(m.text());
    });
    page.on("pageerror", (e) => errors.push(e.message));
    await page.goto(`${origin}/`, { waitUntil: "load" });

    const explorer = page.locator("sg-sigmoid-explorer");
    const lab = page.locator("sg-gradient-lab");
    await lab.scrollIntoViewIfNeeded();
    await expect.poll(() => explorer.locator(".sx-svg").isVisible(), { timeout: 10_000 }).toBe(true);
    await expect.poll(() => lab.locator(".gl-svg").isVisible(), { timeout: 10_000 }).toBe(true);

    const readout = explorer.locator(".sx-readout");
    const before = await readout.textContent();
    await explorer.getByRole("slider", { name: "weight w" }).focus();
    await page.keyboard.press("ArrowRight");
    expect(await readout.textContent()).not.toBe(before);
    await lab.getByRole("button", { name: "Step" }).click();
    await expect.poll(() => lab.locator(".gl-readout").textContent(), { timeout: 10_000 }).toMatch(/^step 1 /);

    const host = page.locator("p.host-text").first();
    expect(await host.evaluate((p) => getComputedStyle(p).color)).toBe("rgb(200, 0, 0)");
    expect(await host.evaluate((p) => getComputedStyle(p).fontSize)).toBe("21px");
    expect(await host.evaluate((p) => getComputedStyle(p).fontFamily)).toContain("Comic Sans MS");
    expect(await page.locator("p.host-text.widget-controls").evaluate((p) => getComputedStyle(p).display)).toBe("block");
    expect(await explorer.locator(".sx-readout").evaluate((p) => getComputedStyle(p).fontFamily)).not.toContain("Comic Sans MS");

    expect(await page.evaluate(() => (window as unknown as { __violations: string[] }).__violations)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});
