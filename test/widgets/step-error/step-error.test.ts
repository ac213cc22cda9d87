import { afterEach, describe, expect, it } from "vitest";
import { frame, grid, stepErrorGeometry, xScale, yScale } from "../../../src/widgets/step-error/step-error-geometry.ts";
import { stepErrorOptions } from "../../../src/widgets/step-error/step-error-options.ts";
import { mount } from "../../../src/widgets/step-error/step-error.ts";

const logistic = (z: number) => 1 / (1 + Math.exp(-z));
const exact = (x: number) => logistic(x) * logistic(-x);

afterEach(() => {
  document.body.innerHTML = "";
});

describe("stepErrorGeometry(options)", () => {
  it("plots one point per grid step, at the relative error computed from the closed-form σ and σ′", () => {
    const g = stepErrorGeometry(stepErrorOptions({ x: 1 }));
    const pts = [...g.forward.path.matchAll(/[ML]([-\d.]+),([-\d.]+)/g)].map((m) => [Number(m[1]), Number(m[2])]);
    expect(pts).toHaveLength(grid.length);
    grid.forEach((eps, i) => {
      const rel = Math.abs((logistic(1 + eps) - logistic(1)) / eps - exact(1)) / exact(1);
      expect(pts[i]![0]).toBeCloseTo(xScale(Math.log10(eps)), 0);
      expect(pts[i]![1]).toBeCloseTo(yScale(Math.max(-16, Math.log10(rel))), 0);
    });
  });
  it("marks the chosen ε and each method's best on the grid, with the central one far better", () => {
    const g = stepErrorGeometry(stepErrorOptions({ x: 1, logEps: -3 }));
    expect(g.forward.at.eps).toBe(0.001);
    expect(g.forward.at.error).toBeCloseTo(Math.abs((logistic(1.001) - logistic(1)) / 0.001 - exact(1)) / exact(1), 12);
    expect(g.central.best.error).toBeLessThan(g.forward.best.error / 100);
    expect(g.description).toContain("forward difference is best at ε = 1.3e−8");
  });
  it("keeps every coordinate finite where an error is exactly zero", () => {
    for (const x of [-6, 0, 6]) {
      const g = stepErrorGeometry(stepErrorOptions({ x, logEps: -12 }));
      expect(g.forward.path + g.central.path).not.toMatch(/NaN|Infinity/);
      expect(g.central.at.cy).toBeLessThanOrEqual(frame.bottom);
    }
  });
});

describe("mount(el, options) for the step-error plot", () => {
  it("moves the ε marker when its slider moves, and update() validates", () => {
    const el = document.createElement("div");
    document.body.append(el);
    const widget = mount(el, { x: 1 });
    const marker = el.querySelector(".se-eps")!;
    const before = marker.getAttribute("x1");
    const slider = el.querySelector<HTMLInputElement>("input[id$=-logEps]")!;
    slider.value = "-8";
    slider.dispatchEvent(new Event("input"));
    expect(marker.getAttribute("x1")).not.toBe(before);
    expect(Number(marker.getAttribute("x1"))).toBeCloseTo(xScale(-8), 0);
    expect(() => widget.update({ logEps: "tiny" })).toThrow(/option "logEps" must be a finite number/);
    widget.destroy();
    expect(el.innerHTML).toBe("");
  });
});
