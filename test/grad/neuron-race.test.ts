import { describe, expect, it } from "vitest";
import { neuronRace, stepsToPrediction } from "../../src/grad/neuron-race.ts";

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
