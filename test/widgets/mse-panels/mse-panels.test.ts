import { afterEach, describe, expect, it } from "vitest";
import { logitOf, panelsGeometry } from "../../../src/widgets/mse-panels/panels-geometry.ts";
import { panelsOptions } from "../../../src/widgets/mse-panels/panels-options.ts";
import { mount } from "../../../src/widgets/mse-panels/mse-panels.ts";

afterEach(() => {
  document.body.innerHTML = "";
});

const logistic = (z: number) => 1 / (1 + Math.exp(-z));

describe("panelsGeometry(options)", () => {
  it("reports the closed-form values at the probe: 2(p̃ − p)p̃(1 − p̃), p̃ − p, and their ratio 2p̃(1 − p̃)", () => {
    for (const [x, p] of [[-10, 1], [-4, 1], [0, 0], [3, 0.3]] as const) {
      const v = panelsGeometry(panelsOptions({ x, p })).values;
      const q = logistic(x);
      expect(v.dmseDx).toBeCloseTo(2 * (q - p) * q * (1 - q), 14);
      expect(v.dceDx).toBeCloseTo(q - p, 14);
      expect(v.ratio).toBeCloseTo(2 * q * (1 - q), 14);
    }
  });
  it("draws seven panels with finite paths, and puts the probe at x or at p̃ = σ(x)", () => {
    const g = panelsGeometry(panelsOptions({ x: 2, p: 0.5, ce: 1 }));
    expect(g.panels).toHaveLength(7);
    for (const panel of g.panels) {
      expect(panel.paths.map((c) => c.d).join("")).not.toMatch(/NaN|Infinity/);
      const at = panel.axis === "x" ? 2 : logistic(2);
      expect(panel.probe.cx).toBeCloseTo(panel.xScale(at), 0);
    }
  });
  it("logitOf(p̃) inverts σ and stays within the panels", () => {
    expect(logitOf(logistic(1.5))).toBeCloseTo(1.5, 10);
    expect(logitOf(0)).toBe(-10);
    expect(logitOf(1)).toBe(10);
  });
});

describe("mount(el, options) for the linked panels", () => {
  it("moves the probe in every panel of both layouts at once, and the switch shows cross-entropy", () => {
    const el = document.createElement("div");
    document.body.append(el);
    mount(el, { x: -4, p: 1 });
    const probes = () => [...el.querySelectorAll(".mp-probe")].map((l) => l.getAttribute("x1"));
    const before = probes();
    const slider = el.querySelector<HTMLInputElement>("input[id$=-x]")!;
    slider.value = "1";
    slider.dispatchEvent(new Event("input"));
    const after = probes();
    // Seven panels in two columns, and the same seven in one column for a narrow figure.
    expect(after).toHaveLength(14);
    after.forEach((x, i) => expect(x).not.toBe(before[i]));
    const ce = el.querySelector(".mp-curve.mp-ce")!;
    expect(ce.getAttribute("visibility")).toBe("hidden");
    const box = el.querySelector<HTMLInputElement>("input[type=checkbox]")!;
    box.checked = true;
    box.dispatchEvent(new Event("change"));
    expect(ce.getAttribute("visibility")).toBe("visible");
    expect(el.querySelector(".mp-readout")!.textContent).toContain("ratio");
  });
});
