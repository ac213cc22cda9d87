import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { dsigmoid, sigmoid } from "../../src/grad/activations.ts";
import { bestStep, centralDiff, forwardDiff, gradCheck, logSpace, relativeError, stepErrors } from "../../src/grad/finite-diff.ts";

const runs = { seed: 20261124, numRuns: 1000 };

describe("finite differences", () => {
  it("forwardDiff(f, x, ε) has error about ε·|f''(x)|/2 (first order)", () => {
    // f = exp, so f' = f'' = e^x and the leading error term is ε e^x / 2.
    fc.assert(
      fc.property(fc.double({ min: -3, max: 3, noNaN: true }), (x) => {
        const eps = 1e-4;
        const err = forwardDiff(Math.exp, x, eps) - Math.exp(x);
        expect(err / ((eps * Math.exp(x)) / 2)).toBeCloseTo(1, 2);
      }),
      runs,
    );
  });
  it("centralDiff(f, x, ε) has error about ε²·|f'''(x)|/6 (second order)", () => {
    fc.assert(
      fc.property(fc.double({ min: -3, max: 3, noNaN: true }), (x) => {
        const eps = 1e-3;
        const err = centralDiff(Math.exp, x, eps) - Math.exp(x);
        expect(err / ((eps * eps * Math.exp(x)) / 6)).toBeCloseTo(1, 1);
      }),
      runs,
    );
  });
  it("gradCheck(a, n) reports absolute and relative error", () => {
    expect(gradCheck(2, 1.5)).toEqual({ analytic: 2, numeric: 1.5, absError: 0.5, relError: 0.25 });
    expect(gradCheck(0, 0).relError).toBe(0);
    expect(relativeError(1.1, 1)).toBeCloseTo(0.1, 15);
  });
});

describe("step-size sweeps", () => {
  it("logSpace(lo, hi, perDecade) hits the powers of ten exactly", () => {
    expect(logSpace(-3, -1, 1)).toEqual([0.001, 0.01, 0.1]);
    const grid = logSpace(-12, -1, 10);
    expect(grid).toHaveLength(111);
    expect(grid[0]).toBe(1e-12);
    expect(grid.at(-1)).toBe(0.1);
  });
  it("stepErrors(σ, x, σ'(x), forward) follows the truncation law ε·|σ''|/(2σ') where round-off is negligible", () => {
    // σ'' = σ'(1 − 2σ), from differentiating σ' = σ(1 − σ).
    const x = 1;
    const second = dsigmoid(x) * (1 - 2 * sigmoid(x));
    for (const { eps, error } of stepErrors(sigmoid, x, dsigmoid(x), "forward", logSpace(-4, -2, 4))) {
      expect(error / ((eps * Math.abs(second)) / 2 / dsigmoid(x))).toBeCloseTo(1, 1);
    }
  });
  it("bestStep(errors) picks the smallest error, and central beats forward at its best", () => {
    const grid = logSpace(-12, -1, 10);
    const forward = bestStep(stepErrors(sigmoid, 1, dsigmoid(1), "forward", grid));
    const central = bestStep(stepErrors(sigmoid, 1, dsigmoid(1), "central", grid));
    expect(forward.error).toBe(Math.min(...grid.map((e) => relativeError(forwardDiff(sigmoid, 1, e), dsigmoid(1)))));
    // Theory: optimal steps near the square and cube roots of machine epsilon (1.5e-8 and 6e-6).
    expect(Math.log10(forward.eps)).toBeCloseTo(Math.log10(Math.sqrt(Number.EPSILON)), 0);
    expect(Math.log10(central.eps)).toBeCloseTo(Math.log10(Math.cbrt(Number.EPSILON)), 0);
    expect(central.error).toBeLessThan(forward.error / 100);
    expect(() => bestStep([])).toThrow(/no step sizes/);
  });
});

describe("relative errors at the extremes", () => {
  const anyDouble = fc.double({ noNaN: true, noDefaultInfinity: true });
  it("gradCheck(1e308, −1e308).relError is 2, not ∞", () => {
    expect(gradCheck(1e308, -1e308).relError).toBe(2);
    expect(gradCheck(1.7976931348623157e308, -1.7976931348623157e308).relError).toBe(2);
    expect(relativeError(-1e308, 1e308)).toBe(2);
  });
  it("gradCheck(a, n).relError is in [0, 2] for every pair of finite doubles, 0 iff a = n, 2 iff they are opposite", () => {
    fc.assert(
      fc.property(anyDouble, anyDouble, (a, n) => {
        const r = gradCheck(a, n).relError;
        expect(r).toBeGreaterThanOrEqual(0);
        expect(r).toBeLessThanOrEqual(2);
        expect(gradCheck(a, a).relError).toBe(0);
        if (a !== 0) expect(gradCheck(a, -a).relError).toBe(2);
      }),
      { ...runs, numRuns: 5000 },
    );
  });
  it("gradCheck at subnormals keeps the relative error of the numbers, not 0 or NaN", () => {
    // 5e−324 is the smallest subnormal; 1e−323 is twice it.
    expect(gradCheck(1e-323, 5e-324).relError).toBe(0.5);
    expect(relativeError(1e-323, 5e-324)).toBe(1);
  });
});
