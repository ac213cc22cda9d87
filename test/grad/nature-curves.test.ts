import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { centralDiff } from "../../src/grad/finite-diff.ts";
import { dhillDlog, hill, logisticGrowth } from "../../src/grad/nature-curves.ts";

describe("hill(L, K, n)", () => {
  it("equals Lⁿ/(Kⁿ + Lⁿ), is one half at L = K, and its log-slope matches a central difference", () => {
    fc.assert(
      fc.property(fc.double({ min: 0.01, max: 100, noNaN: true }), fc.double({ min: 0.1, max: 10, noNaN: true }), fc.double({ min: 0.5, max: 4, noNaN: true }), (L, K, n) => {
        expect(Math.abs(hill(L, K, n) - L ** n / (K ** n + L ** n))).toBeLessThan(1e-12);
        const numeric = centralDiff((lnL) => hill(Math.exp(lnL), K, n), Math.log(L));
        expect(Math.abs(dhillDlog(L, K, n) - numeric)).toBeLessThan(1e-7);
      }),
      { seed: 10, numRuns: 500 },
    );
    expect(hill(3, 3, 2.8)).toBe(0.5);
    expect(dhillDlog(3, 3, 2.8)).toBeCloseTo(0.7, 12);
  });

  it("stays finite at concentrations far from K", () => {
    expect(hill(1e-300, 1, 4)).toBe(0);
    expect(hill(1e300, 1, 4)).toBe(1);
  });
});

describe("logisticGrowth(t, K, r, t0)", () => {
  it("solves dP/dt = r·P·(1 − P/K)", () => {
    for (const t of [-3, 0, 1.5, 6]) {
      const P = logisticGrowth(t, 100, 0.8, 2);
      expect(centralDiff((s) => logisticGrowth(s, 100, 0.8, 2), t)).toBeCloseTo(0.8 * P * (1 - P / 100), 6);
    }
  });
});
