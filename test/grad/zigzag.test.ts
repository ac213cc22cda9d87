import { describe, expect, it } from "vitest";
import { sigmoid } from "../../src/grad/activations.ts";
import { centralDiff } from "../../src/grad/finite-diff.ts";
import { rng } from "../../src/grad/rng.ts";
import { distanceToTarget, sameSignShare, stepsToTarget, zigzagInputs, zigzagPath, ZIGZAG_SPREAD, ZIGZAG_TARGET } from "../../src/grad/zigzag.ts";

describe("zigzagPath(centred, η, steps)", () => {
  it("moves both weights the same way at every step when the inputs are all positive", () => {
    expect(zigzagInputs(false).every(([a, b]) => a > 0 && b > 0)).toBe(true);
    expect(sameSignShare(zigzagPath(false, 3, 60))).toBe(1);
    expect(sameSignShare(zigzagPath(true, 3, 60))).toBeLessThan(0.9);
  });

  it("gets near the mixed-sign target from both kinds of input, sooner from centred ones", () => {
    const positive = zigzagPath(false, 3, 150);
    const centred = zigzagPath(true, 3, 150);
    expect(distanceToTarget(positive[0]!)).toBeCloseTo(Math.SQRT2, 12);
    expect(stepsToTarget(centred, 0.1)).toBeGreaterThan(0);
    expect(stepsToTarget(centred, 0.1)).toBeLessThan(stepsToTarget(positive, 0.1));
    expect(Math.sign(ZIGZAG_TARGET[0])).toBe(-Math.sign(ZIGZAG_TARGET[1]));
  });

  it("is stable for centred inputs at a learning rate where all-positive inputs diverge", () => {
    expect(distanceToTarget(zigzagPath(false, 5, 150).at(-1)!)).toBeGreaterThan(1e6);
    expect(distanceToTarget(zigzagPath(true, 5, 150).at(-1)!)).toBeLessThan(1e-3);
  });
});

describe("the zig-zag's setup, as the article states it", () => {
  it("draws 200 examples a = (σ(0.5·z₁), σ(0.5·z₂)) from seed 5, and the centred ones are the same minus one half", () => {
    const r = rng(5);
    const expected = Array.from({ length: 200 }, () => [sigmoid(0.5 * r.normal()), sigmoid(0.5 * r.normal())]);
    expect(ZIGZAG_SPREAD).toBe(0.5);
    expect(zigzagInputs(false)).toEqual(expected);
    expect(zigzagInputs(true)).toEqual(expected.map(([a, b]) => [a! - 0.5, b! - 0.5]));
  });
  it("takes the examples in turn, each step down the gradient of (w·a − w*·a)²/2 on that example", () => {
    const inputs = zigzagInputs(false);
    const path = zigzagPath(false, 3, 250);
    for (const s of [0, 1, 199, 200, 249]) {
      const a = inputs[s % 200]!;
      const loss = (w1: number, w2: number) => (w1 * a[0] + w2 * a[1] - (ZIGZAG_TARGET[0] * a[0] + ZIGZAG_TARGET[1] * a[1])) ** 2 / 2;
      const [w1, w2] = path[s]!;
      const g1 = centralDiff((v) => loss(v, w2), w1, 1e-6);
      const g2 = centralDiff((v) => loss(w1, v), w2, 1e-6);
      expect(path[s + 1]![0]).toBeCloseTo(w1 - 3 * g1, 8);
      expect(path[s + 1]![1]).toBeCloseTo(w2 - 3 * g2, 8);
    }
  });
});
