import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { approximationError, nielsenTarget, tower, towerApproximation } from "../../src/grad/towers.ts";

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

describe("approximationError(f, g, lo, hi)", () => {
  it("gives max and RMS of |f − g| on the grid", () => {
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
