import { describe, expect, inject, it } from "vitest";
import type { BrowserContextOptions, Page } from "playwright-core";
import { sharedVisit, useBrowser, usePages } from "./browser.ts";

const baseUrl = inject("baseUrl");
const article = `${baseUrl}/articles/why-so-sigmoid/`;
const visit = usePages(useBrowser());
// The desktop tests each drive a different widget of the article: they share one load of it.
const desktop = sharedVisit(() => visit(article));

/** Opens the article and hydrates one widget by scrolling it into view. */
async function widget(selector: string, options?: BrowserContextOptions): Promise<{ page: Page; errors: string[] }> {
  const opened = await (options ? visit(article, options) : desktop());
  const el = opened.page.locator(selector);
  await el.scrollIntoViewIfNeeded();
  await expect.poll(() => el.getAttribute("data-hydrated"), { timeout: 10_000 }).toBe("true");
  return opened;
}

describe("the article's widgets, by their main interaction", () => {
  it("concept detector: a clicked pixel changes the sum, with mouse, keyboard and touch", async () => {
    const { page, errors } = await widget(".cd");
    const sum = page.locator(".cd-sum");
    expect(await sum.textContent()).toContain("z\u00a0=\u00a07\u00a0−\u00a03");
    await page.getByRole("button", { name: "row 1, column 1, weight -1" }).click();
    expect(await sum.textContent()).toContain("z\u00a0=\u00a07\u00a0−\u00a02");
    await page.getByRole("button", { name: "row 1, column 1, weight -1" }).focus();
    await page.keyboard.press("Space");
    expect(await sum.textContent()).toContain("z\u00a0=\u00a07\u00a0−\u00a03");
    await page.getByRole("button", { name: "eight", exact: true }).click();
    expect(await sum.textContent()).toContain("step(z)\u00a0=\u00a00");
    expect(errors).toEqual([]);
  });

  it("concept detector: a tap inks a pixel on a phone", async () => {
    const { page } = await widget(".cd", { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });
    const cell = page.getByRole("button", { name: "row 7, column 1, weight -1" });
    await cell.tap();
    expect(await cell.getAttribute("aria-pressed")).toBe("true");
  });

  it("autodiff graph: Back hides the last gradients, Next brings them back", async () => {
    const { page } = await widget(".ad");
    const wGrad = page.locator('.ad-wide .ad-node[data-node="w"] .ad-grad');
    expect(await wGrad.textContent()).not.toContain("?");
    await page.getByRole("button", { name: "← Back" }).click();
    expect(await wGrad.textContent()).toBe("∂y/∂w = ?");
    await page.getByRole("button", { name: "Next →" }).click();
    expect(await wGrad.textContent()).not.toContain("?");
    expect(await page.locator(".ad-explain").textContent()).toContain("Step 6 of 6");
  });

  it("training race: trains off the main thread, then Play runs the steps forward from 0", async () => {
    const { page } = await widget(".tr");
    const race = page.locator(".tr");
    await expect.poll(() => race.getAttribute("aria-busy"), { timeout: 10_000 }).toBe("false");
    const step = race.getByRole("slider", { name: "steps trained" });
    await race.getByRole("button", { name: "Play from the start" }).click();
    await expect.poll(() => race.getByRole("button", { name: "Pause" }).count()).toBe(1);
    expect(Number(await step.inputValue())).toBeLessThan(400);
    // The play takes its five seconds or so at the page's pace: what is awaited is the race saying it has stopped (its
    // button offers to play again, nothing is being trained), however long a loaded machine makes that.
    await expect.poll(() => race.getByRole("button", { name: "Play from the start" }).count(), { timeout: 150_000 }).toBe(1);
    await expect.poll(() => race.getAttribute("aria-busy")).toBe("false");
    expect(Number(await step.inputValue())).toBe(400);
    expect(await race.locator("[role=status]").textContent()).toMatch(/^step 400: sigmoid/);
  }, 180_000);

  it("activation comparison: dragging across the plot moves the probe", async () => {
    const { page } = await widget(".ac");
    const svg = page.locator(".ac-svg");
    const box = (await svg.boundingBox())!;
    await page.mouse.click(box.x + box.width * 0.95, box.y + box.height * 0.5);
    expect(Number(await page.locator(".ac").getByRole("slider", { name: "probe x" }).inputValue())).toBeGreaterThan(3);
    expect(await page.locator(".ac-readout").textContent()).toContain("relu′\u00a0=\u00a01.000");
  });

  it("the page's head preloads the widget kit, the helpers and the trainers' kit its race imports, each fetched once; a figure fetches one chunk of its own and preloads nothing", async () => {
    const { page } = await visit(article);
    const name = (url: string) => new URL(url, baseUrl).pathname.split("/").pop()!.split(".")[0]!;
    const preloads = async () => (await page.evaluate(() => [...document.querySelectorAll<HTMLLinkElement>("link[rel=modulepreload]")].map((l) => l.href))).map(name).sort();
    // The training race's module imports the trainers' kit: the head preloads it with the kit, so its hydration adds no link.
    expect(await preloads()).toEqual(["rolldown-runtime", "runtime", "trainer-kit", "widget-kit"]);
    const figures = page.locator("[data-widget]");
    const widgets = new Set(await figures.evaluateAll((els) => els.map((el) => (el as HTMLElement).dataset.widget!)));
    for (let i = 0; i < (await figures.count()); i++) await figures.nth(i).scrollIntoViewIfNeeded();
    await expect.poll(() => page.locator("[data-widget]:not([data-hydrated=true])").count(), { timeout: 30_000 }).toBe(0);
    expect(await preloads()).toEqual(["rolldown-runtime", "runtime", "trainer-kit", "widget-kit"]);
    const fetched = (await page.evaluate(() => performance.getEntriesByType("resource").map((e) => e.name))).filter((url) => url.endsWith(".js")).map(name);
    for (const chunk of ["rolldown-runtime", "runtime", "widget-kit", "trainer-kit", ...widgets]) expect(fetched.filter((f) => f === chunk), chunk).toHaveLength(1);
    // No manifest of its own: a figure's manifest and mount are one chunk, named after its folder.
    expect(fetched.filter((f) => f === "widget")).toEqual([]);
  });

  it("every widget has a static figure and a description without JavaScript, and its controls say they do nothing", async () => {
    const { page } = await visit(article, { javaScriptEnabled: false });
    const widgets = page.locator("[data-widget]");
    // One explorer, concept detector, two softmax figures, step error, autodiff graph, towers, comparison, race.
    expect(await widgets.count()).toBe(9);
    for (let i = 0; i < 9; i++) {
      const w = widgets.nth(i);
      expect(await w.locator("svg").count()).toBeGreaterThan(0);
      expect((await w.locator(".visually-hidden[id$='-desc']").textContent())!.length).toBeGreaterThan(80);
      expect(await w.innerHTML()).not.toMatch(/NaN|undefined/);
    }
    // The controls are there, in the boxes they will have, but disabled: without the live widget they do nothing.
    expect(await page.locator("[data-widget] :is(input, select, button)").count()).toBeGreaterThan(9);
    expect(await page.locator("[data-widget] :is(input, select, button):enabled").count()).toBe(0);
  });
});
