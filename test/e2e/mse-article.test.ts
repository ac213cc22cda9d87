import { describe, expect, inject, it } from "vitest";
import { mseEscapeSteps } from "../../src/grad/neuron-race.ts";
import { sharedVisit, useBrowser, usePages } from "./browser.ts";
import { svgTextLayout } from "./text-layout.ts";

const article = `${inject("baseUrl")}/articles/mse-after-sigmoid/`;
const visit = usePages(useBrowser());
// The last two desktop tests drive different widgets of the article, neither moved before: they share one load of it.
const desktop = sharedVisit(() => visit(article));

describe("the MSE article's widgets", () => {
  it("escape law: drawn at build, readable at 360 px (labels 11 px or more, none overlapping), its description giving the trained counts", async () => {
    const { page } = await visit(article, { viewport: { width: 360, height: 740 }, javaScriptEnabled: false });
    const figure = page.locator(".el").first();
    await figure.scrollIntoViewIfNeeded();
    const [layout] = await svgTextLayout(figure);
    expect(layout!.smallest).toBeGreaterThanOrEqual(11);
    expect(layout!.overlaps).toEqual([]);
    expect(await figure.locator(".el-dot").count()).toBe(22);
    expect(await figure.locator("p").textContent()).toContain(`−10: ${mseEscapeSteps(-10, 1)}`);
  });

  it("linked panels: a drag in a panel drawn against p̃ moves the shared probe, and the switch adds cross-entropy", async () => {
    const { page, errors } = await visit(article);
    const widget = page.locator(".mp").first();
    await widget.scrollIntoViewIfNeeded();
    await expect.poll(() => widget.getAttribute("data-hydrated"), { timeout: 10_000 }).toBe("true");
    const x = widget.getByRole("slider", { name: "logit x" });
    expect(Number(await x.inputValue())).toBe(-4);
    // The "loss against p̃" panel is the left one in the second row; its right edge is p̃ near 1, a logit near 10.
    const panel = widget.locator('.mp-wide .mp-panel[data-panel="loss-p"] .chart-grid').first();
    const box = (await panel.boundingBox())!;
    await page.mouse.click(box.x + box.width * 0.99, box.y);
    expect(Number(await x.inputValue())).toBeGreaterThan(3);
    const probes = await widget.locator(".mp-probe").evaluateAll((ls) => new Set(ls.map((l) => l.getAttribute("x1"))).size);
    expect(probes).toBeGreaterThan(1);
    const ce = widget.locator(".mp-curve.mp-ce").first();
    expect(await ce.getAttribute("visibility")).toBe("hidden");
    await widget.getByRole("checkbox", { name: "show binary cross-entropy beside MSE" }).check();
    expect(await ce.getAttribute("visibility")).toBe("visible");
    expect(errors).toEqual([]);
  });

  it("linked panels: a tap on a phone moves the probe in every panel", async () => {
    const { page } = await visit(article, { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });
    const widget = page.locator(".mp").first();
    await widget.scrollIntoViewIfNeeded();
    await expect.poll(() => widget.getAttribute("data-hydrated"), { timeout: 10_000 }).toBe("true");
    // The σ panel (in the one-column layout a phone shows) is drawn against x from −10 to 10: a tap near its right end sets a large positive logit.
    const grid = widget.locator('.mp-tall .mp-panel[data-panel="sigma"] .chart-grid').first();
    await grid.scrollIntoViewIfNeeded();
    const box = (await grid.boundingBox())!;
    await page.touchscreen.tap(box.x + box.width * 0.95, box.y + 2);
    expect(Number(await widget.getByRole("slider", { name: "logit x" }).inputValue())).toBeGreaterThan(7);
    const probes = await widget.locator(".mp-probe").evaluateAll((ls) => ls.map((l) => Number(l.getAttribute("x1"))));
    expect(probes.every((x) => Number.isFinite(x))).toBe(true);
    // With cross-entropy shown it runs above its panels (10.00 at x = −10): every value and label clear, none under 11 px.
    await widget.getByRole("checkbox", { name: "show binary cross-entropy beside MSE" }).check();
    for (const key of ["Home", "End"]) {
      await widget.getByRole("slider", { name: "logit x" }).press(key);
      expect(await widget.locator(".mp-tall .chart-off-label").count()).toBeGreaterThan(0);
      for (const panel of await svgTextLayout(widget.locator(".mp-tall"))) {
        expect(panel.smallest).toBeGreaterThanOrEqual(11);
        expect(panel.overlaps, key).toEqual([]);
      }
    }
  });

  it("linked panels: the target slider answers the keyboard", async () => {
    const { page } = await desktop();
    const widget = page.locator(".mp").first();
    await widget.scrollIntoViewIfNeeded();
    await expect.poll(() => widget.getAttribute("data-hydrated"), { timeout: 10_000 }).toBe("true");
    const target = widget.getByRole("slider", { name: "target p" });
    await target.focus();
    await page.keyboard.press("Home");
    expect(Number(await target.inputValue())).toBe(0);
    // At x = −4 with target 0: ∂MSE/∂x = 2p̃·p̃(1 − p̃), p̃ = σ(−4).
    const q = 1 / (1 + Math.exp(4));
    const expected = (2 * q * q * (1 - q)).toExponential(2).replace("-", "−");
    expect(await widget.locator(".mp-readout").textContent()).toContain(`∂MSE/∂x\u00a0=\u00a0${expected}`);
  });

  it("neuron race: Play runs both trainings from step 0 to the end", async () => {
    const { page } = await desktop();
    const widget = page.locator(".nr");
    await widget.scrollIntoViewIfNeeded();
    await expect.poll(() => widget.getAttribute("data-hydrated"), { timeout: 10_000 }).toBe("true");
    await widget.getByRole("button", { name: "Play from the start" }).click();
    const step = widget.getByRole("slider", { name: "step" });
    await expect.poll(async () => Number(await step.inputValue()), { timeout: 15_000 }).toBe(200);
    // Independently: with x = 1 both w and b move, so the logit moves by 2η·(1 − σ(z)) per cross-entropy step.
    let z = -6;
    for (let i = 0; i < 200; i++) z += 2 * (1 - 1 / (1 + Math.exp(-z)));
    expect(await widget.locator(".nr-readout").textContent()).toContain(`CE\u00a0p̃\u00a0=\u00a0${(1 / (1 + Math.exp(-z))).toFixed(3)}`);
  });
});
