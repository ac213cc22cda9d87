import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { sigmoid } from "../../src/grad/activations.ts";
import { rng } from "../../src/grad/rng.ts";
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

describe("losses at the extremes: ±1.8e308, subnormals, ±∞ and arrays of a million", () => {
  const anyDouble = fc.double({ noNaN: true, noDefaultInfinity: true });
  const label = fc.constantFrom(0, 1);
  it("bceWithLogits(±∞, p) is 0 where the label agrees and ∞ where it does not, never NaN", () => {
    expect(bceWithLogits(-Infinity, 0)).toBe(0);
    expect(bceWithLogits(Infinity, 1)).toBe(0);
    expect(bceWithLogits(-Infinity, 1)).toBe(Infinity);
    expect(bceWithLogits(Infinity, 0)).toBe(Infinity);
    expect(dbceWithLogits(-Infinity, 0)).toBe(0);
    expect(dbceWithLogits(Infinity, 1)).toBe(0);
  });
  it("bceWithLogits(x, p) is finite and non-negative for every finite x, and L(x, 0) − L(x, 1) = x", () => {
    // L(x, 0) = log(1 + e^x) and L(x, 1) = log(1 + e^−x); their difference is log e^x = x.
    fc.assert(
      fc.property(anyDouble, target, (x, p) => {
        const l = bceWithLogits(x, p);
        expect(Number.isFinite(l)).toBe(true);
        expect(l).toBeGreaterThanOrEqual(0);
        const d = bceWithLogits(x, 0) - bceWithLogits(x, 1);
        expect(Math.abs(d - x)).toBeLessThanOrEqual(4 * Number.EPSILON * Math.max(1, Math.abs(x)));
        expect(Math.abs(dbceWithLogits(x, p))).toBeLessThanOrEqual(1);
      }),
      { ...runs, numRuns: 5000 },
    );
  });
  it("σ(x) − p keeps its digits where σ(x) rounds to the label", () => {
    // σ(x) − 1 = −σ(−x) = −e^−x / (1 + e^−x); for x = 40 the naive difference is 0.
    const tail = fc.double({ min: 37, max: 700, noNaN: true });
    fc.assert(
      fc.property(tail, label, (x, p) => {
        const s = p === 1 ? x : -x;
        const exact = -Math.exp(-x) / (1 + Math.exp(-x));
        expect(Math.abs(dbceWithLogits(s, p) / (p === 1 ? exact : -exact) - 1)).toBeLessThan(1e-14);
        // 2(σ − p)·σ(1 − σ) ≈ −2e^−2x here, while e^−2x is a normal double.
        if (x <= 350) expect(Math.abs(dmseDlogit(s, p) * (p === 1 ? 1 : -1) / (2 * exact * exact) + 1)).toBeLessThan(1e-14);
      }),
      runs,
    );
  });
  it("mseOfLogit(x, p) and dmseDlogit(x, p) stay in their ranges for every x, ±∞ included", () => {
    // (σ − p)² ≤ 1, and |2(σ − p)σ(1 − σ)| ≤ 8/27, its maximum over σ for p ∈ {0, 1} (at σ = 1/3 or 2/3).
    fc.assert(
      fc.property(fc.double({ noNaN: true }), target, (x, p) => {
        expect(mseOfLogit(x, p)).toBeGreaterThanOrEqual(0);
        expect(mseOfLogit(x, p)).toBeLessThanOrEqual(1);
        expect(Math.abs(dmseDlogit(x, p))).toBeLessThanOrEqual(8 / 27 + 1e-15);
      }),
      { ...runs, numRuns: 5000 },
    );
    expect(mseOfLogit(Infinity, 1)).toBe(0);
    expect(Math.abs(dmseDlogit(-Infinity, 1))).toBe(0);
    expect(logSumExp([1, NaN, Infinity])).toBeNaN();
  });
  it("a target outside [0, 1] is refused with a message naming the function", () => {
    expect(() => bceWithLogits(0, 2)).toThrow(/bceWithLogits: the target is a probability in \[0, 1\], not 2/);
    expect(() => dbceWithLogits(0, NaN)).toThrow(RangeError);
  });
  it("softmax keeps the log of the sum where the scores are huge: [1e17, 1e17] is [½, ½]", () => {
    expect(softmax([1e17, 1e17])).toEqual([0.5, 0.5]);
    expect(softmax([1e300, 1e300, 1e300])).toEqual([1 / 3, 1 / 3, 1 / 3]);
    expect(softmax([1.7976931348623157e308, -1.7976931348623157e308])).toEqual([1, 0]);
    expect(softmax([Infinity, 0, Infinity])).toEqual([0.5, 0, 0.5]);
    expect(softmax([NaN, 0]).every(Number.isNaN)).toBe(true);
    expect(() => softmax([-Infinity, -Infinity])).toThrow(/every score is −∞/);
    expect(softmax([])).toEqual([]);
  });
  it("softmax(xs)ᵢ = 1 / Σⱼ e^(xⱼ − xᵢ) for scores anywhere up to ±1.8e308", () => {
    // The reference divides by a sum taken around each score in turn, never shifting by the maximum.
    fc.assert(
      fc.property(fc.array(anyDouble, { minLength: 1, maxLength: 6 }), (xs) => {
        const p = softmax(xs);
        xs.forEach((xi, i) => {
          const ref = 1 / xs.reduce((s, xj) => s + Math.exp(xj - xi), 0);
          // Each xⱼ − xᵢ is rounded, and e^d carries that rounding times |d| ≤ 745 where it matters.
          expect(Math.abs(p[i]! - ref)).toBeLessThanOrEqual(1e-12 * ref + 1e-300);
        });
      }),
      { ...runs, numRuns: 3000 },
    );
  });
  it("logSumExp(n copies of x) = x + ln n, for x anywhere up to ±1.8e308 and subnormal", () => {
    fc.assert(
      fc.property(anyDouble, fc.integer({ min: 1, max: 50 }), (x, n) => {
        const expected = x + Math.log(n);
        expect(Math.abs(logSumExp(Array(n).fill(x)) - expected)).toBeLessThanOrEqual(2 * Number.EPSILON * Math.max(1, Math.abs(expected)));
        expect(softmax(Array(n).fill(x))).toEqual(Array(n).fill(1 / n));
      }),
      runs,
    );
    expect(logSumExp([1.7976931348623157e308, 1.7976931348623157e308])).toBe(1.7976931348623157e308);
    expect(logSumExp([])).toBe(-Infinity);
  });
  it("logSumExp and softmax take arrays of a million entries (no spread into Math.max)", { timeout: 60_000 }, () => {
    const n = 1_000_000;
    const same = new Array<number>(n).fill(1e300);
    expect(logSumExp(same)).toBe(1e300);
    expect(logSumExp(new Array<number>(n).fill(0))).toBeCloseTo(Math.log(n), 14);
    expect(softmax(same).every((v) => v === 1e-6)).toBe(true);
    for (const seed of [1, 2]) {
      // A million scores with magnitudes spread evenly in log10 from 1e−308 to 1e308, either sign, from a seeded generator.
      const r = rng(seed);
      const xs = Array.from({ length: n }, () => (r.uniform() < 0.5 ? -1 : 1) * 10 ** (616 * r.uniform() - 308));
      let max = -Infinity;
      for (const x of xs) if (x > max) max = x;
      const lse = logSumExp(xs);
      expect(lse).toBeGreaterThanOrEqual(max);
      expect(lse).toBeLessThanOrEqual(max + Math.log(n));
      const p = softmax(xs);
      let sum = 0;
      for (const v of p) sum += v;
      expect(Math.abs(sum - 1)).toBeLessThan(1e-9);
      expect(p[xs.indexOf(max)]).toBeGreaterThan(0);
    }
  });
});
