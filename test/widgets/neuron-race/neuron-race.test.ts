import { afterEach, describe, expect, it } from "vitest";
import { neuronRace } from "../../../src/grad/neuron-race.ts";
import { neuronRaceGeometry, xScale } from "../../../src/widgets/neuron-race/neuron-race-geometry.ts";
import { neuronRaceOptions } from "../../../src/widgets/neuron-race/neuron-race-options.ts";
import { mount } from "../../../src/widgets/neuron-race/neuron-race.ts";

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
});
