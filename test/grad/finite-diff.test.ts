import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { centralDiff, forwardDiff, gradCheck, relativeError } from "../../src/grad/finite-diff.ts";

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
