import { afterEach, describe, expect, it } from "vitest";
import { compareGeometry } from "../../../src/widgets/activation-compare/compare-geometry.ts";
import { compareOptions } from "../../../src/widgets/activation-compare/compare-options.ts";
import { mount } from "../../../src/widgets/activation-compare/activation-compare.ts";

afterEach(() => {
  document.body.innerHTML = "";
});

const logistic = (z: number) => 1 / (1 + Math.exp(-z));

describe("compareGeometry(options)", () => {
  it("gives σ′, tanh′ and ReLU′ at the probe from their closed forms", () => {
    for (const x of [-3, -0.5, 0, 0.5, 3]) {
      const d = Object.fromEntries(compareGeometry(compareOptions({ x })).curves.map((c) => [c.name, c.df]));
      expect(d.sigmoid).toBeCloseTo(logistic(x) * (1 - logistic(x)), 14);
      expect(d.tanh).toBeCloseTo(1 - Math.tanh(x) ** 2, 14);
      expect(d.relu).toBe(x > 0 ? 1 : 0);
    }
  });
});

describe("mount(el, options) for the activation comparison", () => {
  it("moves the probe dots with the slider", () => {
    const el = document.createElement("div");
    document.body.append(el);
    mount(el, { x: 0 });
    const dot = el.querySelector(".ac-d.ac-relu")!;
    const before = dot.getAttribute("cx");
    const slider = el.querySelector<HTMLInputElement>("input[type=range]")!;
    slider.value = "2";
    slider.dispatchEvent(new Event("input"));
    expect(dot.getAttribute("cx")).not.toBe(before);
    expect(el.querySelector(".ac-readout")!.textContent).toContain("relu′\u00a0=\u00a01.000");
  });
});
