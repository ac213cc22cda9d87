import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, inject, it } from "vitest";
import { EMBEDS } from "../../src/embed/embed-registry.ts";
import { fitLogistic } from "../../src/grad/logistic-regression.ts";
import { insideLabelArea } from "../../src/widgets/chart/figure-marks.ts";
import { box as depthBox } from "../../src/widgets/depth-product/depth-geometry.ts";
import { fitData } from "../../src/widgets/logistic-fit/fit-geometry.ts";
import { box as lstmBox } from "../../src/widgets/lstm-gradient/lstm-geometry.ts";
import { formatNumber } from "../../src/widgets/format-number.ts";
import { hydrated, sharedVisit, useBrowser, usePages } from "./browser.ts";
import { svgTextLayout } from "./text-layout.ts";

const baseUrl = inject("baseUrl");

/** How many live figures an article's source places: uses of the components of widgets that hydrate (the embed registry's). */
function liveFiguresIn(slug: string): number {
  const source = readFileSync(path.resolve(import.meta.dirname, `../../content/articles/${slug}.mdx`), "utf8");
  const live = new Set(EMBEDS.map((e) => e.widget));
  const names = [...source.matchAll(/^import (\w+) from "\.\.\/\.\.\/src\/widgets\/([a-z-]+)\//gm)].filter((m) => live.has(m[2]!)).map((m) => m[1]!);
  return names.reduce((n, name) => n + (source.match(new RegExp(`<${name}[\\s/>]`, "g"))?.length ?? 0), 0);
}
const article = `${baseUrl}/articles/sigmoid-regression-lstm/`;
const visit = usePages(useBrowser());
// The desktop tests each drive a different widget of the article: they share one load of it.
const desktop = sharedVisit(() => visit(article));

describe("the regression and LSTM article's widgets", () => {
  it("LSTM cell picture: drawn at build, readable at 360 px (labels 11 px or more, none overlapping)", async () => {
    const { page } = await visit(article, { viewport: { width: 360, height: 740 }, javaScriptEnabled: false });
    const figure = page.locator(".lc").first();
    await figure.scrollIntoViewIfNeeded();
    const [layout] = await svgTextLayout(figure);
    expect(layout!.smallest).toBeGreaterThanOrEqual(11);
    expect(layout!.overlaps).toEqual([]);
  });

  it("log charts at 360 px: each y label sits inside the frame at the end its draw chose, within the area the draw kept clear of the curves", async () => {
    const { page } = await visit(article, { viewport: { width: 360, height: 740 }, javaScriptEnabled: false });
    for (const [cls, box] of [["gd-svg", depthBox], ["lg-svg", lstmBox]] as const) {
      const labels = await page.locator(`.${cls}`).first().evaluate((svg: SVGSVGElement) => {
        const toUser = svg.getScreenCTM()!.inverse();
        return [...svg.querySelectorAll<SVGTextElement>(".chart-ytick")].map((t) => {
          const r = t.getBoundingClientRect();
          const [a, b] = [new DOMPoint(r.left, r.top).matrixTransform(toUser), new DOMPoint(r.right, r.bottom).matrixTransform(toUser)];
          return { text: t.textContent!, y: Number(t.getAttribute("y")), start: t.classList.contains("chart-ytick-start"), x0: a.x, x1: b.x, y0: a.y, y1: b.y };
        });
      });
      expect(labels.length, cls).toBeGreaterThan(0);
      // The article's depth product ends at 0.25¹⁰⁰ ≈ 6e−61, under the right end of the 1e−60 label: that one sits left.
      if (cls === "gd-svg") expect(labels.find((l) => l.text === "1e−60")!.start).toBe(true);
      for (const l of labels) {
        const area = insideLabelArea(box, l.y, l.text, l.start ? "start" : "end");
        const where = `${cls} "${l.text}"`;
        expect(l.x0, where).toBeGreaterThanOrEqual(area.x0 - 1);
        expect(l.x1, where).toBeLessThanOrEqual(area.x1 + 1);
        expect(l.y0, where).toBeGreaterThanOrEqual(area.y0 - 1);
        expect(l.y1, where).toBeLessThanOrEqual(area.y1 + 1);
      }
    }
  });

  it("logistic fit: Train reaches the weights 300 steps of gradient descent give, and a drag moves the boundary", async () => {
    const { page, errors } = await desktop();
    const fit = await hydrated(page, ".lf");
    await fit.getByRole("button", { name: /^Train/ }).click();
    const end = fitLogistic(fitData, 0, 0, 1, 300).at(-1)!;
    await expect.poll(() => fit.locator(".lf-readout").textContent(), { timeout: 10_000 }).toContain(`mean cross-entropy ${formatNumber(end.loss)}`);
    const box = (await fit.locator(".lf-svg").boundingBox())!;
    await page.mouse.click(box.x + box.width * 0.2, box.y + box.height / 2);
    const boundary = Number(await fit.locator(".lf-boundary").getAttribute("x1"));
    expect(boundary / 640).toBeCloseTo(0.2, 1);
    expect(errors).toEqual([]);
  });

  it("logistic fit: a tap on a phone sets the boundary too", async () => {
    const { page } = await visit(article, { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });
    const fit = await hydrated(page, ".lf");
    const svg = fit.locator(".lf-svg");
    await svg.scrollIntoViewIfNeeded();
    const box = (await svg.boundingBox())!;
    await page.touchscreen.tap(box.x + box.width * 0.7, box.y + box.height / 2);
    expect(Number(await fit.getByRole("slider", { name: /weight w/ }).inputValue())).toBe(1);
    expect(Number(await fit.getByRole("slider", { name: /bias b/ }).inputValue())).toBeLessThan(0);
  });

  it("zig-zag: Play replays both paths from step 0 to the end", async () => {
    const { page } = await desktop();
    const zz = await hydrated(page, ".zz");
    await zz.getByRole("button", { name: "Play from the start" }).click();
    await expect.poll(async () => Number(await zz.getByRole("slider", { name: "step" }).inputValue()), { timeout: 15_000 }).toBe(150);
  });

  it("zig-zag at 360 px with the sliders at their extremes: off-scale values and axis labels clear of each other, none under 11 px", async () => {
    const { page } = await visit(article, { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });
    const zz = await hydrated(page, ".zz");
    const svg = zz.locator("svg.zz-svg");
    const checked: string[] = [];
    // Diverging paths leave the frame over the first steps and more of them at larger rates: a few of each, and the last.
    for (const [rate, step] of [4, 3.5, 2.5, 0.5].flatMap((r) => [1, 2, 3, 5, 10, 40, 150].map((s) => [String(r), String(s)] as const))) {
      await zz.getByRole("slider", { name: "learning rate η" }).fill(rate);
      await zz.getByRole("slider", { name: "step" }).fill(step);
      await expect.poll(() => zz.locator(".zz-readout").textContent()).toContain(`step ${step} `);
      const state = `${await zz.getByRole("slider", { name: "learning rate η" }).inputValue()} / ${await zz.getByRole("slider", { name: "step" }).inputValue()}`;
      const [layout] = await svgTextLayout(svg);
      expect(layout!.smallest, state).toBeGreaterThanOrEqual(11);
      expect(layout!.overlaps, state).toEqual([]);
      checked.push(state);
    }
    expect(checked).toHaveLength(28);
    expect(checked[6]).toBe("4 / 150");
  });

  it("LSTM comparison: the forget-gate slider answers the keyboard, and the readout is the closed form f⁵⁰", async () => {
    const { page } = await desktop();
    const lg = await hydrated(page, ".lg");
    const forget = lg.getByRole("slider", { name: "LSTM forget gate f" });
    await forget.focus();
    for (let i = 0; i < 10; i++) await page.keyboard.press("ArrowLeft");
    expect(await forget.inputValue()).toBe("0.89");
    expect(await lg.locator(".lg-readout").textContent()).toContain(`∂c_T/∂c_0 = ${formatNumber(0.89 ** 50)}`);
  });

  it("nature curves: the Hill coefficient slider gives the slope n/4", async () => {
    const { page } = await desktop();
    const nc = await hydrated(page, ".nc");
    const n = nc.getByRole("slider", { name: "Hill coefficient n" });
    await n.focus();
    await page.keyboard.press("ArrowRight");
    await page.keyboard.press("ArrowRight");
    expect(await nc.locator(".nc-readout").textContent()).toContain(`n/4 = ${formatNumber(3 / 4)}`);
  });

  for (const slug of ["sigmoid-regression-lstm", "backprop-by-hand"]) {
    it(`${slug}: every widget has a static figure and a description without JavaScript, and its controls say they do nothing`, async () => {
      const { page } = await visit(`${baseUrl}/articles/${slug}/`, { javaScriptEnabled: false });
      const widgets = page.locator("[data-widget]");
      expect(await widgets.count()).toBe(liveFiguresIn(slug));
      for (let i = 0; i < (await widgets.count()); i++) {
        const w = widgets.nth(i);
        // The lab draws four panels; the stepper its chain in a row and stacked (the stylesheet shows one) and the error
        // terms as products; the autodiff graph and the MSE panels a wide and a stacked layout; the others one picture.
        const pictures: Record<string, number> = { "gradient-lab": 4, "backprop-stepper": 3, "autodiff-graph": 2, "mse-panels": 2 };
        expect(await w.locator("svg").count()).toBe(pictures[(await w.getAttribute("data-widget"))!] ?? 1);
        expect((await w.locator(".visually-hidden[id$='-desc']").textContent())!.length).toBeGreaterThan(80);
        expect(await w.innerHTML()).not.toMatch(/NaN|undefined/);
      }
      // The controls are in the boxes they will have, but disabled: without the live widget they do nothing.
      expect(await page.locator("[data-widget] :is(input, select, button)").count()).toBeGreaterThan(0);
      expect(await page.locator("[data-widget] :is(input, select, button):enabled").count()).toBe(0);
    });
  }
});
