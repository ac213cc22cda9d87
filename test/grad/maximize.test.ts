import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { dmseDlogit } from "../../src/grad/losses.ts";
import { maximize } from "../../src/grad/maximize.ts";

describe("maximize(f, lo, hi)", () => {
  it("finds the vertex of a downward parabola anywhere in the interval", () => {
    fc.assert(
      fc.property(fc.double({ min: -9, max: 9, noNaN: true }), (c) => {
        const m = maximize((x) => -((x - c) ** 2), -10, 10);
        expect(m.x).toBeCloseTo(c, 6);
      }),
      { seed: 13, numRuns: 1000 },
    );
  });
  it("finds the largest |∂MSE/∂x| for p = 1 at x = −ln 2, where it is 8/27", () => {
    // −∂/∂x = 2σ(1 − σ)², largest where (1 − σ)(1 − 3σ) = 0, i.e. σ = 1/3, x = ln(1/2).
    const m = maximize((x) => Math.abs(dmseDlogit(x, 1)), -10, 10);
    expect(m.x).toBeCloseTo(-Math.LN2, 6);
    expect(m.value).toBeCloseTo(8 / 27, 12);
  });
});
