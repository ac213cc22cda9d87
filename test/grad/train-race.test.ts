import { describe, expect, it } from "vitest";
import { ringsDataset, stepsToLoss, trainRace } from "../../src/grad/train-race.ts";

describe("ringsDataset(n, seed)", () => {
  it("is deterministic, balanced, and puts label 1 inside", () => {
    const a = ringsDataset(100, 3);
    expect(ringsDataset(100, 3)).toEqual(a);
    expect(a.ys.filter((y) => y === 1)).toHaveLength(50);
    const radius = (i: number) => Math.hypot(...a.xs[i]!);
    const mean = (label: number) => {
      const r = a.xs.map((_, i) => i).filter((i) => a.ys[i] === label).map(radius);
      return r.reduce((s, v) => s + v, 0) / r.length;
    };
    expect(mean(1)).toBeLessThan(mean(0));
  });
});

describe("trainRace(activation, settings)", () => {
  const settings = { steps: 400, learningRate: 1 };
  it("starts near ln 2 for every network and is deterministic", () => {
    for (const a of ["sigmoid", "tanh", "relu"] as const) {
      const losses = trainRace(a, settings);
      expect(losses).toHaveLength(401);
      expect(Math.abs(losses[0]! - Math.LN2)).toBeLessThan(0.1);
    }
    expect(trainRace("relu", { ...settings, seed: 1 })).toBe(trainRace("relu", settings));
  });
  it("ReLU learns fastest, tanh next, and sigmoid hardly moves off ln 2 in 400 steps", () => {
    const relu = stepsToLoss(trainRace("relu", settings), 0.1);
    const tanh = stepsToLoss(trainRace("tanh", settings), 0.1);
    expect(relu).toBeGreaterThan(0);
    expect(tanh).toBeGreaterThan(relu);
    expect(stepsToLoss(trainRace("sigmoid", settings), 0.1)).toBe(-1);
    expect(trainRace("sigmoid", settings).at(-1)!).toBeGreaterThan(0.6);
  });
  it("stepsToLoss(losses, target) finds the first step at or below the target", () => {
    expect(stepsToLoss([3, 2, 1, 0.5], 1)).toBe(2);
    expect(stepsToLoss([3, 2], 1)).toBe(-1);
  });
});
