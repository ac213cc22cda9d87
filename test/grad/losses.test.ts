import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { sigmoid } from "../../src/grad/activations.ts";
import { centralDiff } from "../../src/grad/finite-diff.ts";
import {
  bce,
  bceWithLogits,
  dbceDprediction,
  dbceWithLogits,
  dmseDlogit,
  dmseDprediction,
  logSumExp,
  mse,
  mseOfLogit,
  softmax,
} from "../../src/grad/losses.ts";

const runs = { seed: 20261124, numRuns: 1000 };
const logit = fc.double({ min: -20, max: 20, noNaN: true });
const target = fc.double({ min: 0, max: 1, noNaN: true });
const prob = fc.double({ min: 0.01, max: 0.99, noNaN: true });
const close = (a: number, b: number, tol = 1e-6): void => {
  expect(Math.abs(a - b)).toBeLessThan(tol * Math.max(1, Math.abs(b)));
};

describe("mean squared error", () => {
  it("dmseDprediction(p̃, p) matches a central difference of mse", () => {
    fc.assert(fc.property(prob, target, (q, p) => close(dmseDprediction(q, p), centralDiff((v) => mse(v, p), q))), runs);
  });
  it("dmseDlogit(x, p) matches a central difference of mse(σ(x), p)", () => {
    fc.assert(fc.property(logit, target, (x, p) => close(dmseDlogit(x, p), centralDiff((v) => mseOfLogit(v, p), x), 1e-7)), runs);
  });
  it("dmseDlogit(x, p) = 2(p̃ − p)·p̃(1 − p̃), with the prediction's sigmoid factor, not the target's", () => {
    fc.assert(
      fc.property(logit, target, (x, p) => {
        const q = 1 / (1 + Math.exp(-x));
        close(dmseDlogit(x, p), 2 * (q - p) * q * (1 - q), 1e-12);
      }),
      runs,
    );
  });
  it("dmseDlogit(x, p) vanishes when the sigmoid saturates, even for a wrong prediction", () => {
    expect(Math.abs(dmseDlogit(-30, 1))).toBeLessThan(1e-12);
  });
});

describe("binary cross-entropy", () => {
  it("bceWithLogits(x, p) equals bce(σ(x), p) where σ(x) is not saturated", () => {
    // Beyond |x| ≈ 10 the reference bce(σ(x)) itself loses digits in 1 − σ(x), so compare where it is exact enough.
    fc.assert(fc.property(fc.double({ min: -10, max: 10, noNaN: true }), target, (x, p) => close(bceWithLogits(x, p), bce(sigmoid(x), p), 1e-9)), runs);
  });
  it("dbceWithLogits(x, p) = σ(x) − p matches a central difference", () => {
    fc.assert(fc.property(logit, target, (x, p) => close(dbceWithLogits(x, p), centralDiff((v) => bceWithLogits(v, p), x))), runs);
  });
  it("dbceDprediction(p̃, p) matches a central difference of bce", () => {
    fc.assert(fc.property(prob, target, (q, p) => close(dbceDprediction(q, p), centralDiff((v) => bce(v, p), q, 1e-7), 1e-5)), runs);
  });
  it("bceWithLogits is finite and linear in the far tail, where bce(σ(x)) is clamped", () => {
    expect(bceWithLogits(-1e308, 1)).toBe(1e308);
    expect(bceWithLogits(-1000, 1)).toBeCloseTo(1000, 10);
    expect(bceWithLogits(1000, 1)).toBe(0);
    expect(dbceWithLogits(-1e308, 1)).toBe(-1);
  });
});

describe("softmax and logSumExp", () => {
  const scores = fc.array(fc.double({ min: -50, max: 50, noNaN: true }), { minLength: 1, maxLength: 8 });
  it("softmax(xs) is non-negative and sums to 1", () => {
    fc.assert(
      fc.property(scores, (xs) => {
        const p = softmax(xs);
        expect(p.every((v) => v >= 0)).toBe(true);
        close(p.reduce((a, b) => a + b, 0), 1, 1e-12);
      }),
      runs,
    );
  });
  it("softmax([x, 0])[0] = σ(x): the sigmoid is a two-class softmax with one score fixed at 0", () => {
    fc.assert(fc.property(logit, (x) => close(softmax([x, 0])[0]!, sigmoid(x), 1e-14)), runs);
  });
  it("logSumExp(xs) equals log Σ e^x for moderate scores and stays finite for huge ones", () => {
    fc.assert(fc.property(scores, (xs) => close(logSumExp(xs), Math.log(xs.reduce((s, x) => s + Math.exp(x), 0)), 1e-12)), runs);
    expect(logSumExp([1000, 1000])).toBeCloseTo(1000 + Math.LN2, 10);
    expect(logSumExp([-1000, -1000])).toBeCloseTo(-1000 + Math.LN2, 10);
    expect(softmax([1e308, 0])).toEqual([1, 0]);
  });
});
