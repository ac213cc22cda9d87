import type { Browser } from "playwright-core";

/** The height of a widget's iframe page at a width, once its figure is drawn and its work is done (Chromium). */
export async function measureEmbed(browser: Browser, url: string, width: number): Promise<number> {
  const context = await browser.newContext({ viewport: { width, height: 400 } });
  try {
    const page = await context.newPage();
    await page.goto(url, { waitUntil: "load" });
    await page.waitForFunction(() => {
      const chart = document.querySelector("[data-embed-widget]")?.shadowRoot?.querySelector(".chart");
      return !!chart?.querySelector("svg") && chart.getAttribute("aria-busy") !== "true";
    }, undefined, { timeout: 30_000 });
    await page.evaluate(() => document.fonts.ready);
    return await page.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
  } finally {
    await context.close();
  }
}
