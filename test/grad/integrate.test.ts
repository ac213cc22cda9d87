import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { dsigmoid, sigmoid } from "../../src/grad/activations.ts";
import { integrate } from "../../src/grad/integrate.ts";

describe("integrate(f, lo, hi)", () => {
  it("gives ∫₀^π sin = 2 and ∫₀¹ eˣ = e − 1 to 1e−12", () => {
    expect(Math.abs(integrate(Math.sin, 0, Math.PI) - 2)).toBeLessThan(1e-12);
    expect(Math.abs(integrate(Math.exp, 0, 1) - (Math.E - 1))).toBeLessThan(1e-12);
  });
  it("gives ∫ σ′ over [a, b] = σ(b) − σ(a), including a spike far narrower than the first cut", () => {
    fc.assert(
      fc.property(fc.double({ min: -20, max: 0, noNaN: true }), fc.double({ min: 0, max: 20, noNaN: true }), (a, b) => {
        expect(Math.abs(integrate(dsigmoid, a, b) - (sigmoid(b) - sigmoid(a)))).toBeLessThan(1e-11);
      }),
      { seed: 5, numRuns: 100 },
    );
    const s = 5000;
    expect(Math.abs(integrate((x) => s * dsigmoid(s * (x - 0.3)), 0, 1) - (sigmoid(0.7 * s) - sigmoid(-0.3 * s)))).toBeLessThan(1e-10);
  });
  it("is 0 on an empty interval and refuses a reversed one", () => {
    expect(integrate(Math.exp, 1, 1)).toBe(0);
    expect(() => integrate(Math.exp, 1, 0)).toThrow(/finite lo ≤ hi/);
  });
});
