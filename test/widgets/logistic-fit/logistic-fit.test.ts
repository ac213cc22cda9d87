import { afterEach, describe, expect, it, vi } from "vitest";
import { sigmoid } from "../../../src/grad/activations.ts";
import { fitLogistic } from "../../../src/grad/logistic-regression.ts";
import { fitData, fitGeometry, xScale } from "../../../src/widgets/logistic-fit/fit-geometry.ts";
import { fitOptions } from "../../../src/widgets/logistic-fit/fit-options.ts";
import { mount, TRAIN_STEPS } from "../../../src/widgets/logistic-fit/logistic-fit.ts";

afterEach(() => {
  document.body.innerHTML = "";
});

describe("fitGeometry(options)", () => {
  it("puts the boundary where σ(w·x + b) = ½, and has none when w = 0", () => {
    const g = fitGeometry(fitOptions({ w: 2, b: -1 }));
    expect(sigmoid(2 * xScale.invert(g.boundaryX!) - 1)).toBeCloseTo(0.5, 2);
    expect(fitGeometry(fitOptions({ w: 0, b: 1 })).boundaryX).toBeUndefined();
    expect(fitGeometry(fitOptions()).loss).toBeCloseTo(Math.LN2, 12);
  });
});

describe("mount(el, options) for the logistic fit", () => {
  it("Train runs gradient descent from the current weights to the fitted ones, frame by frame", async () => {
    const el = document.createElement("div");
    document.body.append(el);
    const widget = mount(el);
    el.querySelector<HTMLButtonElement>(".widget-button")!.click();
    const end = fitLogistic(fitData, 0, 0, 1, TRAIN_STEPS).at(-1)!;
    await vi.waitFor(() => expect(widget.options.w).toBe(end.w), { timeout: 5000 });
    expect(widget.options.b).toBe(end.b);
    expect(el.querySelector(".lf-readout")!.textContent).toContain(`w = ${end.w.toFixed(2)}`);
    widget.destroy();
  });

  it("a drag moves the boundary under the pointer, setting w = 1 first when it is 0", () => {
    const el = document.createElement("div");
    document.body.append(el);
    const widget = mount(el);
    const svg = el.querySelector("svg")!;
    svg.getBoundingClientRect = () => ({ left: 0, top: 0, width: 640, height: 272, right: 640, bottom: 272, x: 0, y: 0, toJSON: () => ({}) });
    svg.dispatchEvent(new PointerEvent("pointerdown", { clientX: xScale(1.5), clientY: 100, pointerId: 1 }));
    expect(widget.options.w).toBe(1);
    expect(widget.options.b).toBeCloseTo(-1.5, 6);
  });

  it("a drag far from the data keeps the boundary under the pointer by shrinking the weight instead of clamping the bias", () => {
    const el = document.createElement("div");
    document.body.append(el);
    const widget = mount(el, { w: 4, b: 0 });
    const svg = el.querySelector("svg")!;
    svg.getBoundingClientRect = () => ({ left: 0, top: 0, width: 640, height: 272, right: 640, bottom: 272, x: 0, y: 0, toJSON: () => ({}) });
    svg.dispatchEvent(new PointerEvent("pointerdown", { clientX: xScale(-3), clientY: 100, pointerId: 1 }));
    expect(-widget.options.b / widget.options.w).toBeCloseTo(-3, 6);
    expect(widget.options.w).toBeCloseTo(2, 6);
  });
});
