import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { towerSumWithin } from "../../src/grad/tower-sum-within.ts";

// The sum of towers written out again, every sigmoid evaluated.
const sigma = (t: number) => 1 / (1 + Math.exp(-t));
type Part = { a: number; b: number; height: number };
const exactSum = (parts: readonly Part[], s: number) => (x: number) => parts.reduce((t, p) => t + p.height * (sigma(s * (x - p.a)) - sigma(s * (x - p.b))), 0);
// The sums add up to sixty terms of at most 1.2: what rounding may add beyond the tolerance.
const ROUNDING = 1e-13;

const part = fc
  .record({ a: fc.double({ min: -1, max: 1.9, noNaN: true }), width: fc.double({ min: 0.01, max: 1, noNaN: true }), height: fc.double({ min: -0.2, max: 1.2, noNaN: true }) })
  .map(({ a, width, height }) => ({ a, b: a + width, height }));
// Equal towers across [0, 1] as the figure starts with: neighbours share a wall.
const equal = (n: number) => Array.from({ length: n }, (_, i) => ({ a: i === 0 ? -1 : i / n, b: i === n - 1 ? 2 : (i + 1) / n, height: 0.2 + 0.6 * ((i * 0.618) % 1) }));

describe("towerSumWithin(parts, steepness, tolerance)", () => {
  it("is within the tolerance of the towers' sum everywhere, for random towers, steepness and tolerance", () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.array(part, { minLength: 1, maxLength: 60 }), fc.integer({ min: 1, max: 60 }).map(equal)),
        fc.double({ min: 10, max: 1000, noNaN: true }),
        fc.constantFrom(1e-13, 1e-8, 1e-3, 0.05),
        fc.array(fc.double({ min: -0.5, max: 1.5, noNaN: true }), { minLength: 20, maxLength: 20 }),
        (parts, s, tolerance, xs) => {
          const fast = towerSumWithin(parts, s, tolerance);
          const exact = exactSum(parts, s);
          for (const x of xs) expect(Math.abs(fast(x) - exact(x))).toBeLessThanOrEqual(tolerance + ROUNDING);
        },
      ),
      { numRuns: 300 },
    );
  });

  it("is within the tolerance just beyond the reach of a wall, where leaving it out costs the most", () => {
    // One tower on [0, 1] of height 1: C = 2, so r = ln(2 / tolerance) / s.
    for (const [s, tolerance] of [[100, 1e-3], [200, 0.05], [1000, 1e-8]] as const) {
      const r = Math.log(2 / tolerance) / s;
      const fast = towerSumWithin([{ a: 0, b: 1, height: 1 }], s, tolerance);
      const exact = exactSum([{ a: 0, b: 1, height: 1 }], s);
      for (const x of [-r * 1.0001, 1 + r * 1.0001, -r * 0.9, 1 + r * 0.9, 0.5]) expect(Math.abs(fast(x) - exact(x))).toBeLessThanOrEqual(tolerance + ROUNDING);
      // Just beyond the reach the tower is nearly as far from zero as the tolerance: the reach is not wider than it must be.
      expect(exact(-r * 1.0001)).toBeGreaterThan(tolerance / 2.5);
    }
  });

  it("is the full sum where the tolerance is zero, NaN at NaN, and finite far out", () => {
    const parts = equal(10);
    const exact = exactSum(parts, 200);
    const full = towerSumWithin(parts, 200, 0);
    for (const x of [0, 0.33, 0.5, 0.999]) expect(full(x)).toBeCloseTo(exact(x), 14);
    expect(towerSumWithin(parts, 200, 1e-12)(NaN)).toBeNaN();
    expect(Math.abs(towerSumWithin(parts, 200, 1e-12)(1e308))).toBeLessThan(1e-12);
    expect(Math.abs(towerSumWithin(parts, 200, 1e-12)(-1e308))).toBeLessThan(1e-12);
  });
});
