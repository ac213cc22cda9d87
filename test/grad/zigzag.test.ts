import { describe, expect, it } from "vitest";
import { distanceToTarget, sameSignShare, stepsToTarget, zigzagInputs, zigzagPath, ZIGZAG_TARGET } from "../../src/grad/zigzag.ts";

describe("zigzagPath(centred, η, steps)", () => {
  it("moves both weights the same way at every step when the inputs are all positive", () => {
    expect(zigzagInputs(false).every(([a, b]) => a > 0 && b > 0)).toBe(true);
    expect(sameSignShare(zigzagPath(false, 3, 60))).toBe(1);
    expect(sameSignShare(zigzagPath(true, 3, 60))).toBeLessThan(0.9);
  });

  it("gets near the mixed-sign target from both kinds of input, sooner from centred ones", () => {
    const positive = zigzagPath(false, 3, 150);
    const centred = zigzagPath(true, 3, 150);
    expect(distanceToTarget(positive[0]!)).toBeCloseTo(Math.SQRT2, 12);
    expect(stepsToTarget(centred, 0.1)).toBeGreaterThan(0);
    expect(stepsToTarget(centred, 0.1)).toBeLessThan(stepsToTarget(positive, 0.1));
    expect(Math.sign(ZIGZAG_TARGET[0])).toBe(-Math.sign(ZIGZAG_TARGET[1]));
  });

  it("is stable for centred inputs at a learning rate where all-positive inputs diverge", () => {
    expect(distanceToTarget(zigzagPath(false, 5, 150).at(-1)!)).toBeGreaterThan(1e6);
    expect(distanceToTarget(zigzagPath(true, 5, 150).at(-1)!)).toBeLessThan(1e-3);
  });
});
