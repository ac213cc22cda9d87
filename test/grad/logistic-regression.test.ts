import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { centralDiff } from "../../src/grad/finite-diff.ts";
import { fitLogistic, LOGISTIC_CENTRES, logisticData, logisticGradient, logisticLoss } from "../../src/grad/logistic-regression.ts";
import { rng } from "../../src/grad/rng.ts";

const data = logisticData();

describe("logistic regression", () => {
  it("has a gradient in w and b that central differences of the loss confirm", () => {
    fc.assert(
      fc.property(fc.double({ min: -5, max: 5, noNaN: true }), fc.double({ min: -5, max: 5, noNaN: true }), (w, b) => {
        const g = logisticGradient(w, b, data);
        expect(Math.abs(g.dw - centralDiff((v) => logisticLoss(v, b, data), w))).toBeLessThan(1e-8);
        expect(Math.abs(g.db - centralDiff((v) => logisticLoss(w, v, data), b))).toBeLessThan(1e-8);
      }),
      { seed: 12, numRuns: 500 },
    );
  });

  it("starts at ln 2 from zero weights and descends to where the gradient vanishes", () => {
    const path = fitLogistic(data, 0, 0, 2, 20000);
    expect(path[0]!.loss).toBeCloseTo(Math.LN2, 12);
    for (let i = 1; i < path.length; i++) expect(path[i]!.loss).toBeLessThanOrEqual(path[i - 1]!.loss + 1e-15);
    const end = path.at(-1)!;
    const g = logisticGradient(end.w, end.b, data);
    expect(Math.hypot(g.dw, g.db)).toBeLessThan(1e-9);
  });

  it("draws the same sample for the same seed", () => {
    expect(logisticData(40, 3)).toEqual(data);
    expect(data.ys.filter((y) => y === 1)).toHaveLength(20);
  });
});

describe("logisticLoss at the extremes", () => {
  it("is 0, not NaN, where every logit is ±∞ on the side of its label", () => {
    const data = { xs: [-2, -1, 1, 2], ys: [0, 0, 1, 1] };
    expect(logisticLoss(Infinity, 0, data)).toBe(0);
    expect(logisticLoss(-Infinity, 0, data)).toBe(Infinity);
    // Finite but huge weights: the loss is the sum of the wrong-side logits' magnitudes over n.
    expect(logisticLoss(-1e300, 0, data)).toBe((2e300 + 1e300 + 1e300 + 2e300) / 4);
  });
});

describe("logisticData(), as the article states it", () => {
  it("has 40 points with labels 0 and 1 in turn, each its label's centre (−1 or 1.5) plus a standard normal draw from seed 3", () => {
    const r = rng(3);
    expect(LOGISTIC_CENTRES).toEqual([-1, 1.5]);
    expect(data.ys).toEqual(Array.from({ length: 40 }, (_, i) => i % 2));
    expect(data.xs).toEqual(Array.from({ length: 40 }, (_, i) => (i % 2 === 1 ? 1.5 : -1) + r.normal()));
  });
});
