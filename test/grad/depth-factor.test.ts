import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { tanhActivation } from "../../src/grad/activations.ts";
import { depthFactor, depthLoss } from "../../src/grad/depth-factor.ts";

describe("depthFactor(depth, weight, z)", () => {
  it("is a quarter per layer for the sigmoid at z = 0 with unit weights", () => {
    expect(depthFactor(1, 1)).toBe(0.25);
    expect(depthLoss(1, 1)).toBe(0.75);
    expect(depthLoss(2, 1)).toBe(1 - 1 / 16);
    expect(Math.abs(depthFactor(100, 1) / 4 ** -100 - 1)).toBeLessThan(1e-13);
  });

  it("is a product of per-layer chain-rule factors, each |w|·σ′(z) checked by a central difference of σ(w·z)", () => {
    const sig = (t: number) => 1 / (1 + Math.exp(-t));
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 40 }), fc.double({ min: 0.1, max: 8, noNaN: true }), fc.double({ min: -4, max: 4, noNaN: true }), (n, w, z) => {
        const h = 1e-5;
        const perLayer = Math.abs(w) * ((sig(z + h) - sig(z - h)) / (2 * h));
        expect(Math.abs(depthFactor(n, w, z) / perLayer ** n - 1)).toBeLessThan(1e-6 * n);
      }),
      { seed: 4, numRuns: 500 },
    );
  });

  it("grows instead of vanishing once |w|·σ′(z) exceeds 1, and uses the given activation", () => {
    expect(depthFactor(10, 8)).toBe(2 ** 10);
    expect(depthLoss(10, 8)).toBe(1 - 2 ** 10);
    expect(depthFactor(3, 1, 0, tanhActivation)).toBe(1);
  });
});
