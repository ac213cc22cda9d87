import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { approximationError, nielsenTarget, tower, towerApproximation, towerSum, towerWalls } from "../../src/grad/towers.ts";

describe("tower(x, a, b, s)", () => {
  it("is about 1 well inside [a, b] and about 0 well outside, for steep walls", () => {
    expect(tower(0.5, 0.4, 0.6, 1000)).toBeCloseTo(1, 10);
    expect(tower(0.2, 0.4, 0.6, 1000)).toBeCloseTo(0, 10);
    expect(tower(0.4, 0.4, 0.6, 1000)).toBeCloseTo(0.5, 10);
  });
});

describe("towerApproximation(f, lo, hi, n, s)", () => {
  it("matches f at each tower's middle when the walls are steep", () => {
    const g = towerApproximation(nielsenTarget, 0, 1, 20, 5000);
    for (let i = 0; i < 20; i++) {
      const x = (i + 0.5) / 20;
      expect(g(x)).toBeCloseTo(nielsenTarget(x), 6);
    }
  });
  it("approximates a smooth function better with more towers (error falls roughly like 1/n)", () => {
    const smooth = (x: number) => Math.sin(2 * x);
    const err = (n: number) => approximationError(smooth, towerApproximation(smooth, 0, 1, n, 100 * n), 0, 1).max;
    expect(err(40)).toBeLessThan(err(10) / 3);
  });
});

describe("towerSum(parts, s)", () => {
  it("is the sum of h·(σ(s(x − a)) − σ(s(x − b))) over towers of any walls and heights, σ written out again", () => {
    const s = (v: number) => 1 / (1 + Math.exp(-v));
    const part = fc.record({ a: fc.double({ min: -1, max: 1, noNaN: true }), width: fc.double({ min: 0.01, max: 1, noNaN: true }), height: fc.double({ min: -2, max: 2, noNaN: true }) });
    fc.assert(
      fc.property(fc.array(part, { minLength: 0, maxLength: 8 }), fc.double({ min: 10, max: 1000, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), (raw, k, x) => {
        const parts = raw.map((p) => ({ a: p.a, b: p.a + p.width, height: p.height }));
        const expected = parts.reduce((t, p) => t + p.height * (s(k * (x - p.a)) - s(k * (x - p.b))), 0);
        expect(towerSum(parts, k)(x)).toBeCloseTo(expected, 12);
      }),
    );
  });
});

describe("towerWalls(lo, hi, n)", () => {
  it("puts the outer walls one interval's length outside [lo, hi] and the rest evenly inside", () => {
    expect(towerWalls(0, 1, 4)).toEqual([-1, 0.25, 0.5, 0.75, 2]);
  });
});

describe("approximationError(f, g, lo, hi)", () => {
  it("finds the true largest error of Nielsen's towers, which a 1,001-point grid misses", () => {
    // Independent values (scipy: bounded Brent from every local maximum of a 200,001-point scan; quad for the RMS).
    const e = approximationError(nielsenTarget, towerApproximation(nielsenTarget, 0, 1, 50, 1000), 0, 1);
    expect(Math.abs(e.max - 0.042553200447800865)).toBeLessThan(1e-12);
    expect(Math.abs(e.rms - 0.01050958750753845)).toBeLessThan(1e-10);
    const ten = approximationError(nielsenTarget, towerApproximation(nielsenTarget, 0, 1, 10, 200), 0, 1);
    expect(Math.abs(ten.max - 0.1936009311542402)).toBeLessThan(1e-12);
    expect(Math.abs(ten.rms - 0.06956150616228286)).toBeLessThan(1e-10);
  });
  it("gives the RMS of a linear difference as its closed form: √(∫₀¹ (c·x)² dx) = |c|/√3", () => {
    expect(approximationError(() => 0, (x) => 3 * x, 0, 1).rms).toBeCloseTo(3 / Math.sqrt(3), 12);
    expect(approximationError(() => 0, (x) => 3 * x, 0, 1).max).toBe(3);
  });
  it("gives max and RMS of a constant |f − g|", () => {
    fc.assert(
      fc.property(fc.double({ min: -5, max: 5, noNaN: true }), (c) => {
        const e = approximationError((x) => x, (x) => x + c, 0, 1, 11);
        expect(e.max).toBeCloseTo(Math.abs(c), 12);
        expect(e.rms).toBeCloseTo(Math.abs(c), 12);
      }),
      { seed: 11, numRuns: 1000 },
    );
  });
});
