import fc from "fast-check";
import { afterEach, describe, expect, it } from "vitest";
import { autodiffGeometry } from "../../../src/widgets/autodiff-graph/autodiff-geometry.ts";
import { autodiffOptions } from "../../../src/widgets/autodiff-graph/autodiff-options.ts";
import { mount } from "../../../src/widgets/autodiff-graph/autodiff-graph.ts";

afterEach(() => {
  document.body.innerHTML = "";
});

const logistic = (z: number) => 1 / (1 + Math.exp(-z));
const input = fc.double({ min: -3, max: 3, noNaN: true });

describe("autodiffGeometry(options)", () => {
  it("shows the forward values and the gradients the chain rule gives in closed form", () => {
    fc.assert(
      fc.property(input, input, input, (w, x, b) => {
        const g = autodiffGeometry(autodiffOptions({ w, x, b }));
        const n = Object.fromEntries(g.nodes.map((v) => [v.key, v]));
        const z = w * x + b;
        const ds = logistic(z) * (1 - logistic(z));
        expect(n.y!.data).toBeCloseTo(logistic(z), 14);
        expect(n.z!.grad).toBeCloseTo(ds, 14);
        expect(n.b!.grad).toBeCloseTo(ds, 14);
        expect(n.w!.grad).toBeCloseTo(x * ds, 14);
        expect(n.x!.grad).toBeCloseTo(w * ds, 14);
      }),
      { seed: 5, numRuns: 300 },
    );
  });
  it("reveals values in order: forward m, z, y, then gradients back from y to w and x", () => {
    const order = autodiffGeometry(autodiffOptions()).nodes;
    const at = (k: string) => order.find((n) => n.key === k)!;
    expect([at("m").forwardAt, at("z").forwardAt, at("y").forwardAt]).toEqual([1, 2, 3]);
    expect([at("y").backwardAt, at("z").backwardAt, at("m").backwardAt, at("w").backwardAt]).toEqual([3, 4, 5, 6]);
  });
});

describe("mount(el, options) for the autodiff graph", () => {
  it("walks back and forward with the buttons and hides what is not yet known", () => {
    const el = document.createElement("div");
    document.body.append(el);
    const widget = mount(el, { step: 6 });
    const [back, next] = [...el.querySelectorAll<HTMLButtonElement>(".ad-buttons button")];
    expect(next!.disabled).toBe(true);
    const wGrad = () => el.querySelector('.ad-node[data-node="w"] .ad-grad')!.textContent;
    expect(wGrad()).toMatch(/^∂y\/∂w = [\d.]+$/);
    back!.click();
    expect(widget.options.step).toBe(5);
    expect(wGrad()).toBe("∂y/∂w = ?");
    for (let i = 0; i < 10; i++) back!.click();
    expect(widget.options.step).toBe(0);
    expect(back!.disabled).toBe(true);
    expect(el.querySelector('.ad-node[data-node="m"] .ad-fwd')!.textContent).toBe("m = ?");
    next!.click();
    expect(el.querySelector('.ad-node[data-node="m"] .ad-fwd')!.textContent).toBe("m = 3.000");
  });
});
