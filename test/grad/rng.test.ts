import { describe, expect, it } from "vitest";
import { rng } from "../../src/grad/rng.ts";

describe("rng(seed)", () => {
  it("is deterministic for a seed and differs between seeds", () => {
    const a = rng(42);
    const b = rng(42);
    const c = rng(43);
    const xs = Array.from({ length: 5 }, () => a.uniform());
    expect(Array.from({ length: 5 }, () => b.uniform())).toEqual(xs);
    expect(Array.from({ length: 5 }, () => c.uniform())).not.toEqual(xs);
  });
  it("uniform() lies in [0, 1) with mean near 1/2; normal() has mean near 0 and variance near 1", () => {
    const r = rng(7);
    const n = 20000;
    const us = Array.from({ length: n }, () => r.uniform());
    expect(Math.min(...us)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...us)).toBeLessThan(1);
    // Standard errors: 1/sqrt(12n) ≈ 0.002 for the uniform mean, 1/sqrt(n) ≈ 0.007 for the normal mean.
    expect(Math.abs(us.reduce((s, u) => s + u, 0) / n - 0.5)).toBeLessThan(0.01);
    const zs = Array.from({ length: n }, () => r.normal());
    const mean = zs.reduce((s, z) => s + z, 0) / n;
    const variance = zs.reduce((s, z) => s + (z - mean) ** 2, 0) / n;
    expect(Math.abs(mean)).toBeLessThan(0.03);
    expect(Math.abs(variance - 1)).toBeLessThan(0.05);
    expect(zs.every(Number.isFinite)).toBe(true);
  });
});
