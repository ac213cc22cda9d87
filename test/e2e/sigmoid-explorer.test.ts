import { describe, expect, inject, it } from "vitest";
import type { Page } from "playwright-core";
import { useBrowser, usePages } from "./browser.ts";

const baseUrl = inject("baseUrl");
const visit = usePages(useBrowser());

const logistic = (z: number) => 1 / (1 + Math.exp(-z));

async function hydratedHome(options = {}): Promise<{ page: Page; errors: string[] }> {
  const opened = await visit(`${baseUrl}/`, options);
  await opened.page.locator(".sx[data-hydrated=true]").waitFor();
  return opened;
}

describe("the sigmoid explorer on the home page", () => {
  it("hydrates when visible and answers the keyboard on its native sliders", async () => {
    const { page, errors } = await hydratedHome();
    const curve = page.locator(".sx-sigma");
    const before = await curve.getAttribute("d");
    const bias = page.getByRole("slider", { name: "bias b" });
    await bias.focus();
    for (let i = 0; i < 10; i++) await page.keyboard.press("ArrowRight");
    expect(Number(await bias.inputValue())).toBeCloseTo(1, 10);
    expect(await curve.getAttribute("d")).not.toBe(before);
    // The home page starts at w = 2, x = 1; with b = 1, σ(2·1 + 1) = σ(3).
    await expect.poll(() => page.locator(".sx-readout").textContent()).toContain(`σ\u00a0=\u00a0${logistic(3).toFixed(3)}`);
    expect(errors).toEqual([]);
  });

  it("moves the probe where the mouse drags across the plot", async () => {
    const { page } = await hydratedHome();
    const svg = page.locator(".sx-svg");
    const box = (await svg.boundingBox())!;
    const probe = page.locator(".sx-probe").first();
    const start = Number(await probe.getAttribute("cx"));
    await page.mouse.move(box.x + box.width * 0.2, box.y + box.height * 0.3);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width * 0.3, box.y + box.height * 0.3, { steps: 5 });
    await page.mouse.up();
    const moved = Number(await probe.getAttribute("cx"));
    expect(moved).toBeLessThan(start);
    expect(Number(await page.getByRole("slider", { name: "probe x" }).inputValue())).toBeLessThan(0);
  });

  it("moves the probe on a tap, on a phone-sized touch screen", async () => {
    const { page } = await hydratedHome({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });
    const svg = page.locator(".sx-svg");
    await svg.scrollIntoViewIfNeeded();
    const box = (await svg.boundingBox())!;
    await page.touchscreen.tap(box.x + box.width * 0.9, box.y + box.height * 0.5);
    expect(Number(await page.getByRole("slider", { name: "probe x" }).inputValue())).toBeGreaterThan(3);
  });

  it("without JavaScript shows the static figure drawn at build time, its description, and its sliders disabled at the figure's values", async () => {
    const { page } = await visit(`${baseUrl}/`, { javaScriptEnabled: false });
    const d = await page.locator(".sx-sigma").getAttribute("d");
    expect(d).toMatch(/^M[\d.]+,[\d.]+(L[\d.]+,[\d.]+){100,}$/);
    // The sliders are in their places, but do nothing without the live widget, and say so.
    const sliders = page.locator(".sx input[type=range]");
    expect(await sliders.count()).toBe(3);
    expect(await sliders.evaluateAll((all) => all.map((s) => [(s as HTMLInputElement).disabled, (s as HTMLInputElement).value]))).toEqual([
      [true, "2"],
      [true, "0"],
      [true, "1"],
    ]);
    const description = await page.locator(".sx-desc").textContent();
    expect(description).toContain("w = 2.000");
    expect(description).toContain(`σ = ${logistic(2).toFixed(3)}`);
    expect(await page.locator(".sx-svg").getAttribute("aria-labelledby")).toBe("home-explorer-desc");
  });
});
