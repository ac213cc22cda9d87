import { afterEach, describe, expect, it, vi } from "vitest";
import { trainRace } from "../../../src/grad/train-race.ts";
import { raceGeometry, xScale, yScale } from "../../../src/widgets/training-race/race-geometry.ts";
import { raceOptions } from "../../../src/widgets/training-race/race-options.ts";
import { raceLosses } from "../../../src/widgets/training-race/race-runners.ts";
import { mount } from "../../../src/widgets/training-race/training-race.ts";

afterEach(() => {
  document.body.innerHTML = "";
});

describe("raceGeometry(options)", () => {
  it("shows each network's loss at the chosen step, from the same seeded runs the prose quotes", () => {
    const g = raceGeometry(raceOptions({ learningRate: 1, step: 73 }), raceLosses(1));
    const relu = g.runners.find((r) => r.name === "relu")!;
    expect(relu.loss).toBe(trainRace("relu", { steps: 400, learningRate: 1 })[73]);
    expect(relu.cy).toBeCloseTo(yScale(relu.loss), 0);
    expect(g.stepX).toBeCloseTo(xScale(73), 0);
  });
});

describe("mount(el, options) for the training race", () => {
  it("without a build-time picture or a Web Worker, trains in the page, then scrubs the step, and Play restarts from step 0", async () => {
    const el = document.createElement("div");
    document.body.append(el);
    const widget = mount(el, { step: 400 });
    expect(el.getAttribute("aria-busy")).toBe("true");
    expect(el.querySelector(".tr-readout")!.textContent).toBe("training the three networks…");
    await vi.waitUntil(() => el.getAttribute("aria-busy") === "false", { timeout: 60_000, interval: 20 });
    const losses = raceLosses(1);
    expect(el.querySelector(".tr-curve.tr-relu")!.getAttribute("d")).toBe(raceGeometry(raceOptions({ step: 400 }), losses).runners[2]!.path);
    const dot = el.querySelector(".tr-dot.tr-relu")!;
    widget.update({ step: 10 });
    expect(Number(dot.getAttribute("cx"))).toBeCloseTo(xScale(10), 0);
    el.querySelector<HTMLButtonElement>("button")!.click();
    expect(widget.options.step).toBe(0);
    widget.destroy();
  });
});
