import path from "node:path";
import type { Page, Route } from "playwright-core";
import { afterAll, describe, expect, it } from "vitest";
import { serveDist } from "../../scripts/serve-dist.ts";
import { EMBEDS } from "../../src/embed/embed-registry.ts";
import { useBrowser } from "./browser.ts";
import { layoutShifts, RECORD_HYDRATION } from "./hydration-records.ts";

const site = await serveDist(path.resolve(import.meta.dirname, "../../dist"));
afterAll(() => new Promise<void>((resolve) => (site.server.closeAllConnections(), site.server.close(() => resolve()))));
const browser = useBrowser();

/** Lighthouse's mobile preset, as the bench reads CLS (a Moto G Power sized screen), and a laptop; the CPU four times slower on both. */
const DEVICES = {
  "a slow phone": { viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true },
  "a slow laptop": { viewport: { width: 1280, height: 800 } },
} as const;

/** Each preview's element, in page order, and its height, read in the page. */
const previews = (page: Page) => page.evaluate(() => [...document.querySelectorAll("main .embed-preview > *")].map((el) => ({ tag: el.localName, height: el.getBoundingClientRect().height })));

/**
 * The embed guide as a reader on a slow device meets it when a widget's module arrives late (a slow network, a busy CPU):
 * every widget module is held until its preview is on screen, then let through, so that each element upgrades in view.
 * Whatever the preview showed before must be the box its live figure fills: nothing on the page may move.
 */
describe("the embed guide, each widget's module arriving once its preview is on screen", () => {
  for (const [name, device] of Object.entries(DEVICES)) it(`on ${name}, no layout shift: every preview keeps its height when its element upgrades, and CLS stays 0`, async () => {
    const context = await browser().newContext(device);
    await context.addInitScript(RECORD_HYDRATION);
    const page = await context.newPage();
    await (await context.newCDPSession(page)).send("Emulation.setCPUThrottlingRate", { rate: 4 });
    const widgets = new Set(EMBEDS.map((e) => e.widget));
    const held = new Map<string, Route>();
    await page.route(/\/embed\/v1\/[a-z-]+\.js$/, (route) => {
      const widget = new URL(route.request().url()).pathname.split("/").pop()!.slice(0, -".js".length);
      if (widgets.has(widget)) held.set(widget, route);
      else void route.continue();
    });
    try {
      await page.goto(`${site.url}/embed/`, { waitUntil: "load" });
      const before = await previews(page);
      expect(before.length).toBe(EMBEDS.length + 1);
      const released = new Set<string>();
      for (let i = 0; i < before.length; i++) {
        const tag = before[i]!.tag;
        const widget = tag.slice("sg-".length);
        const el = page.locator("main .embed-preview > *").nth(i);
        await el.evaluate((e) => e.scrollIntoView({ block: "start" }));
        if (!released.has(widget)) {
          // The loader asks for the module as the preview nears the screen; it is let through only now, in view.
          await expect.poll(() => held.has(widget), { timeout: 20_000 }).toBe(true);
          await held.get(widget)!.continue();
          released.add(widget);
        }
        await expect.poll(() => el.evaluate((e) => (e as HTMLElement & { options?: unknown }).options !== undefined), { timeout: 20_000 }).toBe(true);
        await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
      }
      expect(await layoutShifts(page)).toEqual([]);
      expect(await previews(page)).toEqual(before);
    } finally {
      await context.close();
    }
  });
});
