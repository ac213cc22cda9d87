import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import { chromium, type Browser, type BrowserContextOptions, type Locator, type Page, type Response } from "playwright-core";
import { afterAll, beforeAll, expect } from "vitest";

const candidates = [process.env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"];

/** Launches the system Chromium headless (Playwright gives it a fresh temporary profile) with no background network traffic. */
export async function launchBrowser(): Promise<{ browser: Browser; close: () => Promise<void> }> {
  const executablePath = candidates.find((p): p is string => !!p && existsSync(p));
  if (!executablePath) throw new Error("No Chromium found: run `npm test`, which installs one, or set CHROMIUM_PATH");
  const browser = await chromium.launch({
    executablePath,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
  return {
    browser,
    close: () => browser.close(),
  };
}

/** Opens a page that records console errors and uncaught exceptions; `listen` may add listeners before it loads. */
export async function openPage(browser: Browser, url: string, options: BrowserContextOptions = {}, listen?: (page: Page) => void): Promise<{ page: Page; errors: string[] }> {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  listen?.(page);
  const errors: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(`console: ${m.text()}`);
  });
  page.on("pageerror", (e) => errors.push(`exception: ${e.message}`));
  await page.goto(url, { waitUntil: "load" });
  return { page, errors };
}

/** Every page of the built site, as URL paths ("/", "/articles/x/", "/404.html"). */
export function builtPages(dist = path.resolve(import.meta.dirname, "../../dist")): string[] {
  const out: string[] = [];
  const walk = (dir: string, prefix: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.isDirectory()) {
        if (entry.name !== "_astro") walk(path.join(dir, entry.name), `${prefix}${entry.name}/`);
      } else if (entry.name === "index.html") out.push(prefix);
      else if (entry.name.endsWith(".html")) out.push(prefix + entry.name);
    }
  };
  walk(dist, "/");
  return out.sort();
}

/** Scrolls the first widget matching a selector into view and waits until it has hydrated. */
export async function hydrated(page: Page, selector: string): Promise<Locator> {
  const widget = page.locator(selector).first();
  await widget.scrollIntoViewIfNeeded();
  await expect.poll(() => widget.getAttribute("data-hydrated"), { timeout: 10_000 }).toBe("true");
  return widget;
}

/**
 * Scrolls each widget of the page into view, as a reader would, and waits until every one has hydrated: each in turn,
 * polled each frame for up to 10 s, all in one page call (a locator's scroll and polls were a dozen calls a widget).
 */
export async function hydrateAll(page: Page): Promise<void> {
  const late = await page.evaluate(async (limit) => {
    // Several checks of one visit ask for it: once every widget has hydrated, there is nothing to scroll to or wait for.
    if ([...document.querySelectorAll("[data-widget]")].every((w) => w.getAttribute("data-hydrated") === "true")) return null;
    for (const widget of document.querySelectorAll<HTMLElement & { scrollIntoViewIfNeeded(center: boolean): void }>("[data-widget]")) {
      widget.scrollIntoViewIfNeeded(true);
      for (const since = performance.now(); widget.getAttribute("data-hydrated") !== "true"; await new Promise((r) => requestAnimationFrame(r))) {
        if (performance.now() - since > limit) return widget.getAttribute("data-widget");
      }
    }
    return null;
  }, 10_000);
  expect(late, `widget ${late} hydrates within 10 s of being scrolled into view`).toBeNull();
}

/** Launches one Chromium for the calling test file (closed after it) and returns a getter for it. */
export function useBrowser(): () => Browser {
  let launched: { browser: Browser; close: () => Promise<void> } | undefined;
  beforeAll(async () => {
    launched = await launchBrowser();
  });
  afterAll(async () => launched?.close());
  return () => {
    if (!launched) throw new Error("the browser is not launched yet: call it inside a test");
    return launched.browser;
  };
}

/** One visit of a page: the page, its console errors and uncaught exceptions, and every response it received. */
export interface Visit {
  readonly page: Page;
  readonly errors: string[];
  readonly responses: Response[];
}

/**
 * Returns a function that opens a URL as a fresh document in one page kept per set of context options for the
 * calling test file (closed after it). A new context costs a new renderer process, about 0.6 s of CPU; a navigation
 * in a kept page does not. The document is as fresh as in a new context: the site's storage is cleared before each
 * visit, the HTTP cache is off, and the viewport and colour scheme are put back to the context's own. `initScript`, if
 * given, runs in every document before the page's own scripts.
 */
export function usePages(browser: () => Browser, initScript?: string): (url: string, options?: BrowserContextOptions) => Promise<Visit> {
  const kept = new Map<string, { page: Page; visit: Visit }>();
  afterAll(async () => {
    for (const { page } of kept.values()) await page.context().close();
  });
  return async (url, options = {}) => {
    const key = JSON.stringify(options);
    let entry = kept.get(key);
    if (!entry) {
      const context = await browser().newContext(options);
      if (initScript) await context.addInitScript(initScript);
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send("Network.enable");
      await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
      const made: { page: Page; visit: Visit } = { page, visit: { page, errors: [], responses: [] } };
      page.on("console", (m) => {
        if (m.type() === "error") made.visit.errors.push(`console: ${m.text()}`);
      });
      page.on("pageerror", (e) => made.visit.errors.push(`exception: ${e.message}`));
      page.on("response", (r) => made.visit.responses.push(r));
      kept.set(key, made);
      entry = made;
    } else {
      // Leave the last document first, so that its workers, timers and requests end before the storage is cleared.
      await entry.page.goto("about:blank");
      const cdp = await entry.page.context().newCDPSession(entry.page);
      await cdp.send("Storage.clearDataForOrigin", { origin: new URL(url).origin, storageTypes: "all" });
      await cdp.detach();
      await entry.page.context().clearCookies();
      await entry.page.setViewportSize(options.viewport ?? { width: 1280, height: 720 });
      await entry.page.emulateMedia({ colorScheme: options.colorScheme ?? "light" });
      entry.visit = { page: entry.page, errors: [], responses: [] };
    }
    await entry.page.goto(url, { waitUntil: "load" });
    return entry.visit;
  };
}

/**
 * One visit shared by tests that each drive a different widget of the same page, opened by the first that asks: a new
 * document per test cost a whole article's load each time, and none of them touches another's widget. A visit by the
 * same `usePages` with the same options in between would replace its document: such a file keeps its tests apart.
 */
export function sharedVisit(open: () => Promise<Visit>): () => Promise<Visit> {
  let visit: Promise<Visit> | undefined;
  return () => (visit ??= open());
}
