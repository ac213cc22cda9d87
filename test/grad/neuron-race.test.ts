import { describe, expect, it } from "vitest";
import { mseEscapeLaw, mseEscapeSteps, neuronRace, stepsToPrediction } from "../../src/grad/neuron-race.ts";

describe("neuronRace(loss, settings)", () => {
  it("starts both runs at the same confidently wrong logit", () => {
    const mse = neuronRace("mse");
    const ce = neuronRace("ce");
    expect(mse.z[0]).toBe(-6);
    expect(ce.z[0]).toBe(-6);
    expect(mse.p[0]).toBeCloseTo(1 / (1 + Math.exp(6)), 15);
  });
  it("moves the logit by 2η·∂L/∂z per step (w and b both move, x = 1)", () => {
    const ce = neuronRace("ce", { learningRate: 0.5 });
    const p0 = 1 / (1 + Math.exp(6));
    expect(ce.z[1]! - ce.z[0]!).toBeCloseTo(2 * 0.5 * (1 - p0), 12);
    const mse = neuronRace("mse", { learningRate: 0.5 });
    expect(mse.z[1]! - mse.z[0]!).toBeCloseTo(2 * 0.5 * 2 * (1 - p0) * p0 * (1 - p0), 12);
  });
  it("cross-entropy escapes the wrong start far sooner than MSE", () => {
    const ce = stepsToPrediction(neuronRace("ce").p, 0.9);
    const mse = stepsToPrediction(neuronRace("mse").p, 0.9);
    expect(ce).toBeGreaterThan(0);
    expect(mse).toBeGreaterThan(10 * ce);
    expect(stepsToPrediction([0.1, 0.2], 0.9)).toBe(-1);
  });
});

describe("neuronRace at the extremes", () => {
  it("a start at ±∞ that already agrees with the label has loss 0 throughout, not NaN", () => {
    const agree = neuronRace("ce", { z0: -Infinity, target: 0, steps: 3 });
    expect(agree.loss).toEqual([0, 0, 0, 0]);
    const mse = neuronRace("mse", { z0: Infinity, target: 1, steps: 3 });
    expect(mse.loss).toEqual([0, 0, 0, 0]);
  });
  it("a start at ±1e308 gives finite losses, the wrong one equal to |z0| (softplus of the logit)", () => {
    const run = neuronRace("ce", { z0: -1e308, target: 1, steps: 2, learningRate: 1 });
    expect(run.loss[0]).toBe(1e308);
    expect(run.loss.every(Number.isFinite)).toBe(true);
  });
});

describe("mseEscapeSteps and mseEscapeLaw", () => {
  it("count the same steps as the race itself, to one half and to 0.9", () => {
    for (const [z0, rate] of [[-3, 1], [-6, 1], [-7, 0.5], [-8, 2]] as const) {
      const run = neuronRace("mse", { z0, learningRate: rate, steps: 3000 });
      expect(mseEscapeSteps(z0, rate)).toBe(stepsToPrediction(run.p, 0.5));
      expect(mseEscapeSteps(z0, rate, 0.9)).toBe(stepsToPrediction(run.p, 0.9));
    }
    expect(mseEscapeSteps(-12, 1, 0.5, 100)).toBe(-1);
  });

  it("follow the law e^|z0|/(4η) ever more closely as the start moves out: the exact flow's time, integrated in closed form, differs from it by 3|z0|/(4η) and a constant", () => {
    // dz/dt = 4η p(1−p)², so t = ∫ dz (e^{2z} + 3e^{z} + 3 + e^{−z}) / (4η) from z0 to 0.
    const flow = (z0: number, rate: number) => (2.5 - Math.exp(2 * z0) / 2 - 3 * Math.exp(z0) - 3 * z0 + Math.exp(-z0)) / (4 * rate);
    let previous = Infinity;
    for (const z0 of [-6, -8, -10, -12]) {
      for (const rate of [1, 0.25]) {
        const steps = mseEscapeSteps(z0, rate);
        // Each step moves at the speed where it starts, which only grows along the way: the steps lag the flow by a few.
        expect(steps).toBeGreaterThanOrEqual(Math.floor(flow(z0, rate)));
        expect(steps).toBeLessThanOrEqual(flow(z0, rate) + 6);
      }
      const ratio = mseEscapeSteps(z0, 1) / mseEscapeLaw(z0, 1);
      expect(ratio).toBeGreaterThan(1);
      expect(ratio).toBeLessThan(previous);
      previous = ratio;
    }
    expect(previous).toBeLessThan(1.001);
  });
});
