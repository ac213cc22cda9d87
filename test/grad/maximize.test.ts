import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { dmseDlogit } from "../../src/grad/losses.ts";
import { goldenSection, maximize, MAXIMIZE_TOLERANCE } from "../../src/grad/maximize.ts";

describe("maximize(f, lo, hi)", () => {
  it("finds the vertex of a downward parabola anywhere in the interval", () => {
    fc.assert(
      fc.property(fc.double({ min: -9, max: 9, noNaN: true }), (c) => {
        const m = maximize((x) => -((x - c) ** 2), -10, 10);
        expect(Math.abs(m.x - c)).toBeLessThanOrEqual(1e-6);
      }),
      { seed: 13, numRuns: 300 },
    );
  });
  it("finds the largest |∂MSE/∂x| for p = 1 at x = −ln 2, where it is 8/27", () => {
    // −∂/∂x = 2σ(1 − σ)², largest where (1 − σ)(1 − 3σ) = 0, i.e. σ = 1/3, x = ln(1/2).
    const m = maximize((x) => Math.abs(dmseDlogit(x, 1)), -10, 10);
    expect(Math.abs(m.x + Math.LN2)).toBeLessThan(1e-6);
    expect(Math.abs(m.value - 8 / 27)).toBeLessThan(1e-15);
  });
  it("finds a peak narrower than the scan's spacing to the stated tolerance, where the best sample falls short", () => {
    // Two Gaussian bumps far apart (each other's tail underflows to 0): the maximum is exactly 1 at the narrow one.
    const c = 0.61803398875;
    const f = (x: number) => Math.exp(-(((x - c) / 2e-4) ** 2)) + 0.9 * Math.exp(-(((x - 0.2) / 1e-2) ** 2));
    const m = maximize(f, 0, 1, 1001);
    expect(Math.abs(m.x - c)).toBeLessThanOrEqual(1e-6);
    expect(m.value).toBeCloseTo(1, 12);
    const bestSample = Math.max(...Array.from({ length: 1001 }, (_, i) => f(i / 1000)));
    expect(bestSample).toBeLessThan(0.99);
  });
  it("is finite over ±1e308 (the interval's width overflows, its points do not)", () => {
    const m = maximize((x) => -Math.abs(x - 1e307), -1e308, 1e308);
    expect(Math.abs(m.x - 1e307) / 1e307).toBeLessThan(1e-9);
    expect(Number.isFinite(m.value)).toBe(true);
    expect(maximize((x) => -x * x, -1e308, 1e308)).toEqual({ x: 0, value: -0 });
    expect(maximize(Math.tanh, -1e308, 1e308)).toEqual({ x: 1e308, value: 1 });
    expect(maximize((x) => -Math.tanh(x), -1e308, 1e308)).toEqual({ x: -1e308, value: 1 });
  });
  it("never returns NaN when f is NaN somewhere", () => {
    const m = maximize((x) => (x > 0.5 ? NaN : -((x - 0.25) ** 2)), 0, 1);
    expect(m.x).toBeCloseTo(0.25, 9);
  });
  it("rejects an empty or infinite interval with a clear error", () => {
    expect(() => maximize(Math.sin, 1, 0)).toThrow(/finite lo ≤ hi/);
    expect(() => maximize(Math.sin, -Infinity, 0)).toThrow(/finite lo ≤ hi/);
  });
});

describe("goldenSection(f, a, b)", () => {
  it("narrows a unimodal bracket to the stated tolerance: the maximum of x·e^(−x) is at x = 1", () => {
    const m = goldenSection((x) => x * Math.exp(-x), 0, 3);
    expect(Math.abs(m.x - 1)).toBeLessThanOrEqual(1e-7);
    expect(Math.abs(m.value - Math.exp(-1))).toBeLessThanOrEqual(1e-15);
    expect(MAXIMIZE_TOLERANCE).toBe(1e-12);
  });
});
