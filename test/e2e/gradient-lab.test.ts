import { describe, expect, inject, it } from "vitest";
import { depthSweep } from "../../src/grad/depth-sweep.ts";
import { backpropSetup } from "../../src/grad/article-setups.ts";
import { armLabPause } from "./arm-lab-pause.ts";
import { hydrated, openPage, useBrowser } from "./browser.ts";
import { LONG_TASK_MS, mainThreadTasks } from "./main-thread-tasks.ts";
import { svgTextLayout } from "./text-layout.ts";

const article = `${inject("baseUrl")}/articles/backprop-by-hand/`;
const browser = useBrowser();

describe("the lab and its depth sweep in Chromium", () => {
  it("the default preset trains 300 steps and more without a main-thread task over 50 ms", async () => {
    const { page, errors } = await openPage(browser(), article);
    const lab = await hydrated(page, ".gl");
    await expect.poll(() => lab.getAttribute("aria-busy")).toBe("false");
    const paused = await armLabPause(lab, 299);
    const tasks = await mainThreadTasks(browser(), page, async () => {
      await lab.getByRole("button", { name: "Train" }).click();
      expect(await paused()).toBeGreaterThanOrEqual(300);
    });
    expect(tasks.length).toBeGreaterThan(100);
    expect(tasks.filter((ms) => ms > LONG_TASK_MS)).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("the region on the canvas takes the page's new theme colours when the theme changes, with nothing else drawn", async () => {
    const { page, errors } = await openPage(browser(), article, { colorScheme: "light" });
    const lab = await hydrated(page, ".gl");
    await lab.getByRole("button", { name: "ReLU, He" }).click();
    await lab.getByRole("button", { name: "Step" }).click();
    await expect.poll(() => lab.locator(".gl-readout").textContent()).toMatch(/^step 1 /);
    // The theme's two colours, read from the page's own variables; the canvas's most strongly shaded pixel, un-premultiplied.
    const theme = () => page.evaluate(() => ["--accent", "--accent-2"].map((v) => getComputedStyle(document.documentElement).getPropertyValue(v).trim()));
    const strongest = () =>
      lab.locator(".gl-canvas").evaluate((c: HTMLCanvasElement) => {
        const d = c.getContext("2d")!.getImageData(0, 0, c.width, c.height).data;
        let best = 3;
        for (let i = 3; i < d.length; i += 4) if (d[i]! > d[best]!) best = i;
        return [d[best - 3]!, d[best - 2]!, d[best - 1]!, d[best]!];
      });
    const rgb = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
    // At alpha a, each channel read back is within 255 / a of the colour painted.
    const near = (px: number[], colours: string[]) => colours.some((c) => rgb(c).every((v, i) => Math.abs(v - px[i]!) <= 255 / px[3]! + 1));
    await expect.poll(async () => near(await strongest(), await theme())).toBe(true);
    const light = await theme();
    await page.evaluate(() => document.documentElement.setAttribute("data-theme", "dark"));
    const dark = await theme();
    expect(dark).not.toEqual(light);
    await expect.poll(async () => near(await strongest(), dark)).toBe(true);
    expect(near(await strongest(), light)).toBe(false);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("the depth sweep is drawn at build: without JavaScript, one panel per preset and one dot per depth, as the trainer computes them here; the lab says it is not busy", async () => {
    const { page } = await openPage(browser(), article, { javaScriptEnabled: false });
    // The lab's figure is idle until it trains: the build says so, and hydrating it need not.
    expect(await page.locator(".gl").getAttribute("aria-busy")).toBe("false");
    const sweep = page.locator(".ds").first();
    expect(await sweep.locator("svg").count()).toBe(Object.keys(backpropSetup.lab).length);
    const depths = backpropSetup.sweepDepths;
    // Dots inside the plot, or arrows where a loss runs above it: one each per depth.
    const shown = await sweep.locator("svg").evaluateAll((svgs) => svgs.map((s) => s.querySelectorAll(".ds-dot").length + s.querySelectorAll(".chart-off").length));
    expect(shown).toEqual(Object.keys(backpropSetup.lab).map(() => depths.length));
    const relu = depthSweep(backpropSetup.lab.reluHe, depths, backpropSetup.labSteps);
    const description = (await sweep.locator(".visually-hidden").textContent())!;
    expect(description).toContain(`depth 8: loss ${relu.at(-1)!.loss.toFixed(3)}`);
    expect(await sweep.locator(".ds-head").textContent()).toContain(`${backpropSetup.labSteps} steps`);
    await page.context().close();
  });

  it("at 360 px the sweep's and the lab's labels are 11 px or larger and none overlaps another; the lab's minor ticks give way", async () => {
    const { page } = await openPage(browser(), article, { viewport: { width: 360, height: 740 } });
    const sweep = page.locator(".ds").first();
    await sweep.scrollIntoViewIfNeeded();
    for (const panel of await svgTextLayout(sweep)) {
      expect(panel.smallest).toBeGreaterThanOrEqual(11);
      expect(panel.overlaps).toEqual([]);
    }
    const lab = await hydrated(page, ".gl");
    const minor = lab.locator(".chart-minor");
    expect(await minor.count()).toBeGreaterThan(0);
    expect(await minor.evaluateAll((ts) => ts.every((t) => getComputedStyle(t).display === "none"))).toBe(true);
    // Ten hidden layers: eleven bars 14 units apart, several of them below the axis's 1e−20, each with an arrow.
    await lab.getByRole("slider", { name: "hidden layers" }).fill("10");
    await expect.poll(() => lab.locator(".gl-bar").count()).toBe(11);
    await expect.poll(() => lab.getAttribute("aria-busy")).toBe("false");
    expect(await lab.locator(".gl-bars-svg .chart-off").count()).toBeGreaterThanOrEqual(2);
    for (const panel of await svgTextLayout(lab)) {
      expect(panel.smallest).toBeGreaterThanOrEqual(11);
      expect(panel.overlaps).toEqual([]);
    }
    await page.context().close();
  });
});
