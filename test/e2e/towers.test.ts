import { describe, expect, inject, it } from "vitest";
import { pathVertices } from "../helpers/honest-plot.ts";
import { hydrated, openPage, useBrowser } from "./browser.ts";
import { svgTextLayout } from "./text-layout.ts";

const article = `${inject("baseUrl")}/articles/why-so-sigmoid/`;
const browser = useBrowser();

// Nielsen's target and σ, written out again: tower 4 of 10 stands on [0.3, 0.4] at the target's height at 0.35.
const target = (x: number) => 0.2 + 0.4 * x * x + 0.3 * x * Math.sin(15 * x) + 0.05 * Math.cos(50 * x);

/** The value a drawn sum shows at x: its vertex nearest x, read back through the plot's frame (x 40 to 624 for 0 to 1, y 270 to 12 for −0.2 to 1.2). */
function valueAt(d: string, x: number): number {
  const px = 40 + x * 584;
  const nearest = pathVertices(d).flat().reduce((a, b) => (Math.abs(b[0] - px) < Math.abs(a[0] - px) ? b : a));
  return -0.2 + ((270 - nearest[1]) / 258) * 1.4;
}

describe("the towers figure in Chromium", () => {
  it("a mouse drag of the shown tower's right wall moves the wall, the tower and the sum, and the error follows", async () => {
    const { page, errors } = await openPage(browser(), article);
    const towers = await hydrated(page, ".tw");
    const wall = towers.getByRole("slider", { name: "tower 4 right wall b" });
    expect(Number(await wall.getAttribute("aria-valuenow"))).toBeCloseTo(0.4, 12);
    const before = {
      sum: await towers.locator(".tw-approx").getAttribute("d"),
      one: await towers.locator(".tw-one").getAttribute("d"),
      error: await towers.locator(".tw-readout").textContent(),
    };
    const grip = (await wall.locator(".tw-grip").boundingBox())!;
    const plot = (await towers.locator(".tw-svg").boundingBox())!;
    await page.mouse.move(grip.x + grip.width / 2, grip.y + grip.height / 2);
    await page.mouse.down();
    // x = 0.6 on the plot: 40 + 0.6 × 584 of the 640 user units across.
    await page.mouse.move(plot.x + ((40 + 0.6 * 584) / 640) * plot.width, grip.y + grip.height / 2, { steps: 6 });
    await page.mouse.up();
    expect(Number(await wall.getAttribute("aria-valuenow"))).toBeCloseTo(0.6, 1);
    expect(await towers.locator(".tw-approx").getAttribute("d")).not.toBe(before.sum);
    expect(await towers.locator(".tw-one").getAttribute("d")).not.toBe(before.one);
    await expect.poll(() => towers.locator(".tw-readout").textContent()).not.toBe(before.error);
    // Between the old wall and the new one the sum now carries tower 4 too: at x = 0.45 it rises by about its height.
    const after = (await towers.locator(".tw-approx").getAttribute("d"))!;
    expect(valueAt(after, 0.45) - valueAt(before.sum!, 0.45)).toBeCloseTo(target(0.35), 1);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("the height handle answers the keyboard: focus, arrows, Home and End", async () => {
    const { page } = await openPage(browser(), article);
    const towers = await hydrated(page, ".tw");
    const height = towers.getByRole("slider", { name: "tower 4 height h" });
    await height.focus();
    await page.keyboard.press("ArrowUp");
    await page.keyboard.press("ArrowUp");
    expect(Number(await height.getAttribute("aria-valuenow"))).toBeCloseTo(target(0.35) + 0.02, 12);
    await page.keyboard.press("End");
    expect(Number(await height.getAttribute("aria-valuenow"))).toBe(1.2);
    expect(await towers.locator(".tw-one-readout").textContent()).toContain("h\u00a0=\u00a01.20");
    await page.context().close();
  });

  it("at 360 px with a touch screen: a drag of a wall by touch moves it, and no label is under 11 px or overlaps another", async () => {
    const { page } = await openPage(browser(), article, { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });
    const towers = await hydrated(page, ".tw");
    const wall = towers.getByRole("slider", { name: "tower 4 left wall a" });
    await towers.locator(".tw-svg").scrollIntoViewIfNeeded();
    const grip = (await wall.locator(".tw-grip").boundingBox())!;
    const plot = (await towers.locator(".tw-svg").boundingBox())!;
    const to = plot.x + ((40 + 0.1 * 584) / 640) * plot.width;
    const cdp = await page.context().newCDPSession(page);
    const touch = (type: "touchStart" | "touchMove" | "touchEnd", x: number) => cdp.send("Input.dispatchTouchEvent", { type, touchPoints: type === "touchEnd" ? [] : [{ x, y: grip.y + grip.height / 2 }] });
    await touch("touchStart", grip.x + grip.width / 2);
    for (let i = 1; i <= 5; i++) await touch("touchMove", grip.x + grip.width / 2 + ((to - grip.x - grip.width / 2) * i) / 5);
    await touch("touchEnd", to);
    expect(Number(await wall.getAttribute("aria-valuenow"))).toBeCloseTo(0.1, 1);
    for (const panel of await svgTextLayout(towers)) {
      expect(panel.smallest).toBeGreaterThanOrEqual(11);
      expect(panel.overlaps).toEqual([]);
    }
    await page.context().close();
  });

  it("without JavaScript the figure shows the default construction: both sigmoids, the tower, the sum and the handles", async () => {
    const { page } = await openPage(browser(), article, { javaScriptEnabled: false });
    const towers = page.locator(".tw").first();
    for (const part of [".tw-rise", ".tw-fall", ".tw-one", ".tw-approx", ".tw-shown"]) expect(await towers.locator(part).getAttribute("d")).toMatch(/^M/);
    expect(await towers.locator("[data-handle]").count()).toBe(3);
    // The static handles are pictures only: nothing to focus that would not answer.
    expect(await towers.locator("[data-handle][tabindex]").count()).toBe(0);
    expect(await towers.locator(".tw-one-readout").textContent()).toBe(`tower\u00a04, a\u00a0=\u00a00.30, b\u00a0=\u00a00.40, h\u00a0=\u00a0${target(0.35).toFixed(2)}`);
    await page.context().close();
  });
});
