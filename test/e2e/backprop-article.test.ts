import { describe, expect, inject, it } from "vitest";
import type { Locator } from "playwright-core";
import { labRun, LAB_PRESETS } from "../../src/grad/lab-trainer.ts";
import { formatNumber } from "../../src/widgets/format-number.ts";
import { shade } from "../../src/widgets/gradient-lab/region-shade.ts";
import { hydrated, sharedVisit, useBrowser, usePages } from "./browser.ts";
import { armLabPause } from "./arm-lab-pause.ts";
import { svgTextLayout } from "./text-layout.ts";

const article = `${inject("baseUrl")}/articles/backprop-by-hand/`;
const visit = usePages(useBrowser());
// The desktop tests each drive a different widget of the article: they share one load of it.
const desktop = sharedVisit(() => visit(article));

const stepOf = async (lab: Locator): Promise<number> => Number(/step (\d+)/.exec((await lab.locator(".gl-readout").textContent()) ?? "")?.[1]);

describe("the backprop article's widgets", () => {
  it("stepper: Start over shows the forward pass alone, Next (mouse and keyboard) reveals one stage at a time", async () => {
    const { page, errors } = await desktop();
    const stepper = await hydrated(page, ".bp");
    const visible = () => stepper.locator(".bp-stage:not([hidden])").count();
    // It opens on the forward pass, which is what the figure highlights, with no error term drawn yet.
    expect(await visible()).toBe(1);
    expect(await stepper.locator(".bp-wide .bp-delta").allTextContents()).toEqual(["", "", "", ""]);
    expect(await stepper.locator(".bp-wide .bp-forward.bp-active").count()).toBeGreaterThan(0);
    expect(await stepper.locator(".bp-row:not([visibility=hidden])").count()).toBe(0);
    await stepper.getByRole("button", { name: "Next →" }).click();
    expect(await stepper.locator('.bp-wide .bp-delta[data-node="3"]').textContent()).toMatch(/^δ_k = 0\.14/);
    // The term this stage computes is the one highlighted, in the chain and in the product below it.
    expect(await stepper.locator(".bp-wide .bp-active").count()).toBe(1);
    expect(await stepper.locator('.bp-wide .bp-delta[data-node="3"]').getAttribute("class")).toContain("bp-active");
    expect(await stepper.locator(".bp-row.bp-active").getAttribute("data-stage")).toBe("1");
    expect(await stepper.locator(".bp-row:not([visibility=hidden])").count()).toBe(1);
    await stepper.getByRole("button", { name: "Next →" }).focus();
    await page.keyboard.press("Enter");
    expect(await visible()).toBe(3);
    expect(await stepper.locator('.bp-stage[aria-current="step"] .bp-value').textContent()).toMatch(/^= 0\.02/);
    expect(errors).toEqual([]);
  });

  it("stepper: a tap on a phone walks forward and back", async () => {
    const { page } = await visit(article, { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });
    const stepper = await hydrated(page, ".bp");
    const back = stepper.getByRole("button", { name: "← Back" });
    await back.scrollIntoViewIfNeeded();
    // From the forward pass, a tap on Next shows δ_k, and a tap on Back returns to the forward pass.
    await stepper.getByRole("button", { name: "Next →" }).tap();
    expect(await stepper.locator(".bp-stage:not([hidden])").count()).toBe(2);
    await back.tap();
    expect(await stepper.locator(".bp-stage:not([hidden])").count()).toBe(1);
    // With all three error terms shown, the product's labels stay 11 px or larger and apart at this width.
    for (let i = 0; i < 5; i++) await stepper.getByRole("button", { name: "Next →" }).tap();
    expect(await stepper.locator(".bp-row:not([visibility=hidden])").count()).toBe(3);
    const [layout] = await svgTextLayout(stepper.locator(".bp-product-svg"));
    expect(layout!.smallest).toBeGreaterThanOrEqual(11);
    expect(layout!.overlaps).toEqual([]);
  });

  it("depth product: a drag to the right end of the plot sets 100 layers, and the readout is the closed form 0.25¹⁰⁰", async () => {
    const { page } = await desktop();
    const depth = await hydrated(page, ".gd");
    const box = (await depth.locator(".gd-svg").boundingBox())!;
    await page.mouse.move(box.x + box.width * 0.5, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width - 2, box.y + box.height / 2, { steps: 5 });
    await page.mouse.up();
    expect(await depth.getByRole("slider", { name: "layers n" }).inputValue()).toBe("100");
    expect(await depth.locator(".gd-readout").textContent()).toContain(`0.25ⁿ = ${formatNumber(2 ** -200)}`);
  });

  it("lab: trains in a Web Worker, and the page answers input while it trains; Pause stops it", async () => {
    const { page, errors } = await desktop();
    const lab = await hydrated(page, ".gl");
    await lab.getByRole("button", { name: "ReLU, He" }).click();
    await lab.getByRole("button", { name: "Train" }).click();
    await expect.poll(() => stepOf(lab), { timeout: 15_000 }).toBeGreaterThan(20);
    expect(page.workers().length).toBeGreaterThan(0);
    // A key press on a slider is handled at once while training goes on, and the run restarts with the new seed: Pause is
    // pressed from the page once the new run has gone past the step it restarted at.
    const seed = lab.getByRole("slider", { name: "seed" });
    await seed.focus();
    const paused = await armLabPause(lab, 0, true);
    await page.keyboard.press("ArrowRight");
    expect(await lab.locator('output[for$="-seed"]').textContent()).toBe("2");
    expect(await paused()).toBeGreaterThan(0);
    await expect.poll(() => lab.getAttribute("aria-busy"), { timeout: 10_000 }).toBe("false");
    const stopped = await stepOf(lab);
    await page.waitForTimeout(300);
    expect(await stepOf(lab)).toBe(stopped);
    expect(errors).toEqual([]);
  });

  it("lab at 360 px: every label of its four panels is 11 px or larger and none overlaps another, after training too", async () => {
    const { page } = await visit(article, { viewport: { width: 360, height: 740 } });
    const lab = await hydrated(page, ".gl");
    await lab.getByRole("button", { name: "tanh, Xavier" }).click();
    const step = lab.getByRole("button", { name: "Step" });
    for (let i = 1; i <= 2; i++) {
      await step.click();
      await expect.poll(() => stepOf(lab), { timeout: 10_000 }).toBe(i);
    }
    const report = await svgTextLayout(lab);
    expect(report).toHaveLength(4);
    for (const panel of report) {
      expect(panel.smallest).toBeGreaterThanOrEqual(11);
      expect(panel.overlaps).toEqual([]);
    }
  });

  it("lab: Step on a phone is deterministic, matching the seeded trainer run here", async () => {
    const { page } = await visit(article, { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });
    const lab = await hydrated(page, ".gl");
    const preset = lab.getByRole("button", { name: "tanh, Xavier" });
    await preset.scrollIntoViewIfNeeded();
    await preset.tap();
    const step = lab.getByRole("button", { name: "Step" });
    for (let i = 1; i <= 3; i++) {
      await step.tap();
      await expect.poll(() => stepOf(lab), { timeout: 10_000 }).toBe(i);
    }
    const expected = labRun(LAB_PRESETS.tanhXavier, 3);
    expect(await lab.locator(".gl-readout").textContent()).toContain(`loss ${formatNumber(expected.losses.at(-1)!)}`);
    // One history line per layer, and the region painted on the canvas with the trainer's own probabilities.
    expect(await lab.locator(".gl-history-line").count()).toBe(expected.gradNorms.length);
    const alphas = await lab.locator(".gl-canvas").evaluate((c: HTMLCanvasElement) => {
      const data = c.getContext("2d")!.getImageData(0, 0, c.width, c.height).data;
      return [0, 1000, 2080, 4095].map((i) => data[4 * i + 3]);
    });
    expect(alphas).toEqual([0, 1000, 2080, 4095].map((i) => Math.round(shade(expected.region![i]!).alpha * 255)));
    expect(await lab.locator(".gl-static-region").count()).toBe(0);
  });
});
