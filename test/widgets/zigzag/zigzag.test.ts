import { afterEach, describe, expect, it } from "vitest";
import { distanceToTarget, zigzagPath } from "../../../src/grad/zigzag.ts";
import { zigzagGeometry } from "../../../src/widgets/zigzag/zigzag-geometry.ts";
import { zigzagOptions } from "../../../src/widgets/zigzag/zigzag-options.ts";
import { mount } from "../../../src/widgets/zigzag/zigzag.ts";
import type { FigureFn } from "../../../src/widgets/define-widget.ts";
import { islandMarkup } from "../../../src/widgets/island-markup.ts";
import { figure } from "../../../src/widgets/zigzag/figure.ts";
import manifest from "../../../src/widgets/zigzag/widget.ts";

afterEach(() => {
  document.body.innerHTML = "";
});

describe("zigzagGeometry(options)", () => {
  it("reports each neuron's distance to the target at the chosen step, and keeps a diverging path on the plot", () => {
    const g = zigzagGeometry(zigzagOptions({ learningRate: 2, step: 40 }));
    expect(g.runs[0]!.distance).toBe(distanceToTarget(zigzagPath(false, 2, 40).at(-1)!));
    const wild = zigzagGeometry(zigzagOptions({ learningRate: 4, step: 150 }));
    expect(wild.runs.map((r) => r.path).join("")).not.toMatch(/NaN|Infinity|e\+/);
  });
});

describe("mount(el, options) for the zig-zag", () => {
  it("redraws both paths for a new step", () => {
    const el = document.createElement("div");
    document.body.append(el);
    const widget = mount(el);
    const d = el.querySelector(".zz-path.zz-positive")!.getAttribute("d");
    widget.update({ step: 10 });
    expect(el.querySelector(".zz-path.zz-positive")!.getAttribute("d")).not.toBe(d);
    expect(el.querySelector(".zz-readout")!.textContent).toMatch(/^step 10 /);
  });
  it("adopts the figure the build drew, and marks a diverging path live where it leaves the plot", () => {
    const el = document.createElement("div");
    document.body.append(el);
    el.innerHTML = islandMarkup(manifest, figure as FigureFn<never>, zigzagOptions({ step: 0 }), "built");
    const svg = el.querySelector("svg")!;
    const widget = mount(el, { step: 0 });
    expect(el.querySelectorAll("svg")).toHaveLength(1);
    expect(el.querySelector("input")!.id).toBe("built-learningRate");
    expect(el.querySelectorAll(".chart-off")).toHaveLength(0);
    widget.update({ learningRate: 4, step: 150 });
    expect(el.querySelector("svg")).toBe(svg);
    expect(el.querySelectorAll(".chart-off .chart-off-arrow").length).toBeGreaterThan(0);
    expect(el.querySelector(".chart-off-label")!.textContent).toMatch(/^\(.*, .*\)$/);
    widget.destroy();
  });
  it("shows a state it comes back to as a figure mounted at that state shows it", () => {
    const fresh = (o: Record<string, unknown>) => {
      const el = document.createElement("div");
      document.body.append(el);
      mount(el, o);
      return body(el);
    };
    // Each mount takes an id of its own: the figures are compared with their ids written alike.
    const body = (el: Element) => el.querySelector(".chart-body")!.innerHTML.replaceAll(el.querySelector("svg")!.getAttribute("aria-labelledby")!, "ID");
    const el = document.createElement("div");
    document.body.append(el);
    const widget = mount(el, { step: 150 });
    // A diverging rate with off-scale marks, one inside the frame, and back: the second visit joins the body kept from the first.
    for (const learningRate of [4, 1, 4, 1, 4]) widget.update({ learningRate });
    expect(body(el)).toBe(fresh({ learningRate: 4, step: 150 }));
    widget.update({ learningRate: 1 });
    expect(body(el)).toBe(fresh({ learningRate: 1, step: 150 }));
  });
});
