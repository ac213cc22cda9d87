import { afterEach, describe, expect, it } from "vitest";
import { depthGeometry, xScale, yScale } from "../../../src/widgets/depth-product/depth-geometry.ts";
import { depthOptions } from "../../../src/widgets/depth-product/depth-options.ts";
import { mount } from "../../../src/widgets/depth-product/depth-product.ts";
import type { FigureFn } from "../../../src/widgets/define-widget.ts";
import { islandMarkup } from "../../../src/widgets/island-markup.ts";
import { figure } from "../../../src/widgets/depth-product/figure.ts";
import manifest from "../../../src/widgets/depth-product/widget.ts";

afterEach(() => {
  document.body.innerHTML = "";
});

describe("depthGeometry(options)", () => {
  it("gives a quarter per layer alone, and |w|/4 per layer with the weights at z = 0", () => {
    const g = depthGeometry(depthOptions({ depth: 30, weight: 2, z: 0 }));
    expect(g.bound).toBe(4 ** -30);
    expect(g.weighted).toBe(2 ** -30);
    expect(g.cyWeighted).toBeCloseTo(yScale(2 ** -30), 0);
    expect(g.description).toContain("vanishes");
    expect(depthGeometry(depthOptions({ depth: 30, weight: 8 })).description).toContain("explodes");
  });
});

describe("mount(el, options) for the depth product", () => {
  it("moves the depth marker with the slider and redraws the weighted curve for a new weight", () => {
    const el = document.createElement("div");
    document.body.append(el);
    const widget = mount(el);
    const depth = el.querySelector<HTMLInputElement>("input[id$=-depth]")!;
    depth.value = "50";
    depth.dispatchEvent(new Event("input"));
    expect(Number(el.querySelector(".gd-dot-bound")!.getAttribute("cx"))).toBeCloseTo(xScale(50), 0);
    const path = el.querySelector(".gd-weighted")!.getAttribute("d");
    widget.update({ weight: 5 });
    expect(el.querySelector(".gd-weighted")!.getAttribute("d")).not.toBe(path);
  });
  it("adopts the figure the build drew, and marks a product that leaves the plot live, with its value", () => {
    const el = document.createElement("div");
    document.body.append(el);
    el.innerHTML = islandMarkup(manifest, figure as FigureFn<never>, depthOptions({}), "built");
    const svg = el.querySelector("svg")!;
    const widget = mount(el);
    expect(el.querySelectorAll("svg")).toHaveLength(1);
    expect(el.querySelector("input")!.id).toBe("built-depth");
    expect(el.querySelectorAll(".chart-off")).toHaveLength(0);
    // 0.1·σ′(6) per layer, 100 layers: about 1e−360, far below the plot's 1e−65.
    widget.update({ depth: 100, weight: 0.1, z: 6 });
    expect(el.querySelector("svg")).toBe(svg);
    expect(el.querySelector(".chart-off-bottom .chart-off-arrow")).not.toBeNull();
    widget.update({ depth: 10, weight: 1, z: 0 });
    expect(el.querySelectorAll(".chart-off")).toHaveLength(0);
    widget.destroy();
  });
});
