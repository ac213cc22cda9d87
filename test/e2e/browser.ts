import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import { chromium, type Browser, type BrowserContextOptions, type Locator, type Page } from "playwright-core";
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

/** Scrolls each widget of the page into view, as a reader would, and waits until every one has hydrated. */
export async function hydrateAll(page: Page): Promise<void> {
  const widgets = page.locator("[data-widget]");
  for (let i = 0; i < (await widgets.count()); i++) {
    await widgets.nth(i).scrollIntoViewIfNeeded();
    await expect.poll(() => widgets.nth(i).getAttribute("data-hydrated"), { timeout: 10_000 }).toBe("true");
  }
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
