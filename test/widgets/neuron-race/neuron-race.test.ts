import { afterEach, describe, expect, it } from "vitest";
import { neuronRace } from "../../../src/grad/neuron-race.ts";
import { neuronRaceGeometry, xScale } from "../../../src/widgets/neuron-race/neuron-race-geometry.ts";
import { neuronRaceOptions } from "../../../src/widgets/neuron-race/neuron-race-options.ts";
import { mount } from "../../../src/widgets/neuron-race/neuron-race.ts";
import type { FigureFn } from "../../../src/widgets/define-widget.ts";
import { islandMarkup } from "../../../src/widgets/island-markup.ts";
import { figure } from "../../../src/widgets/neuron-race/figure.ts";
import manifest from "../../../src/widgets/neuron-race/widget.ts";

afterEach(() => {
  document.body.innerHTML = "";
});

describe("neuronRaceGeometry(options)", () => {
  it("shows both runs at the chosen step, from the same runs the prose quotes", () => {
    const g = neuronRaceGeometry(neuronRaceOptions({ step: 8 }));
    const [mse, ce] = g.runners;
    expect(ce!.p).toBe(neuronRace("ce", { z0: -6, learningRate: 1, steps: 200 }).p[8]);
    expect(mse!.p).toBeLessThan(ce!.p);
    expect(ce!.reaches).toBeLessThan(mse!.reaches);
    expect(g.description).toContain(`reaches 0.9 at step ${ce!.reaches}`);
  });
});

describe("mount(el, options) for the neuron race", () => {
  it("moves the step marker, and Play restarts from 0", () => {
    const el = document.createElement("div");
    document.body.append(el);
    const widget = mount(el);
    widget.update({ step: 50 });
    expect(Number(el.querySelector(".nr-step")!.getAttribute("x1"))).toBeCloseTo(xScale(50), 0);
    el.querySelector<HTMLButtonElement>(".widget-button")!.click();
    expect(widget.options.step).toBe(0);
    widget.destroy();
  });
  it("adopts the figure the build drew, then redraws it in place for a new start", () => {
    const el = document.createElement("div");
    document.body.append(el);
    el.innerHTML = islandMarkup(manifest, figure as FigureFn<never>, neuronRaceOptions({ z0: -8 }), "built");
    const svg = el.querySelector("svg")!;
    const curve = el.querySelector(".nr-curve.nr-ce")!;
    const before = curve.getAttribute("d");
    const widget = mount(el, { z0: -8 });
    expect(el.querySelectorAll("svg")).toHaveLength(1);
    expect(el.querySelector("input")!.id).toBe("built-z0");
    expect(curve.getAttribute("d")).toBe(before);
    widget.update({ z0: -2 });
    expect(el.querySelector("svg")).toBe(svg);
    expect(el.querySelector(".nr-curve.nr-ce")).toBe(curve);
    expect(curve.getAttribute("d")).not.toBe(before);
    expect(el.querySelector(".nr-readout")!.textContent).toContain(`CE\u00a0p̃\u00a0=\u00a0`);
    widget.destroy();
  });
});
