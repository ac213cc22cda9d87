import { describe, expect, inject, it } from "vitest";
import { depthSweep } from "../../src/grad/depth-sweep.ts";
import { backpropSetup } from "../../src/grad/article-setups.ts";
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
    const tasks = await mainThreadTasks(browser(), page, async () => {
      await lab.getByRole("button", { name: "Train" }).click();
      await page.waitForFunction(() => Number(/step (\d+)/.exec(document.querySelector(".gl-readout")?.textContent ?? "")?.[1]) >= 300, null, { timeout: 60_000, polling: 50 });
      await lab.getByRole("button", { name: "Pause" }).click();
    });
    expect(tasks.length).toBeGreaterThan(100);
    expect(tasks.filter((ms) => ms > LONG_TASK_MS)).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("the depth sweep is drawn at build: without JavaScript, one panel per preset and one dot per depth, as the trainer computes them here", async () => {
    const { page } = await openPage(browser(), article, { javaScriptEnabled: false });
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
    await page.context().close();
  });
});
