import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { box, formatRate, raceGeometry, xScale, yScale } from "../../../src/widgets/training-race/race-geometry.ts";
import { RACE_STEPS } from "../../../src/widgets/training-race/race-options.ts";
import { expectHonestPlot } from "../../helpers/honest-plot.ts";

// Loss curves as a diverging or a converging training could give them, far above the axis included.
const curve = fc.array(fc.double({ min: 0, max: 50, noNaN: true }), { minLength: RACE_STEPS + 1, maxLength: RACE_STEPS + 1 });

describe("raceGeometry(state) as drawn", () => {
  it("for random losses and any step reached, every curve so far maps back within half a pixel, or is marked off-scale", () => {
    fc.assert(
      fc.property(fc.tuple(curve, curve, curve), fc.integer({ min: 0, max: RACE_STEPS }), (all, step) => {
        const g = raceGeometry({ step, rates: [5, 2, 2], losses: all });
        g.runners.forEach((r, k) => {
          expectHonestPlot(r.path, r.marks, all[k]!.slice(0, step + 1).map((l, i) => [xScale(i), yScale(l)] as const), box);
          expect(r.loss).toBe(all[k]![step]);
        });
        expect(Math.abs(g.stepX - xScale(step))).toBeLessThanOrEqual(0.5);
      }),
      { numRuns: 30 },
    );
  });
  it("formatRate writes a rate with at most two decimals and no trailing zeros", () => {
    expect(formatRate(5)).toBe("5");
    expect(formatRate(2 * 0.3)).toBe("0.6");
    expect(formatRate(0.1 * 0.5)).toBe("0.05");
  });
});

describe("before an embed's sweep has chosen the rates", () => {
  it("writes an ellipsis, never NaN, for the rates and losses it does not have yet", () => {
    expect(formatRate(NaN)).toBe("…");
    expect(formatRate(0.5)).toBe("0.5");
    const g = raceGeometry({ step: 0, rates: [NaN, NaN, NaN], losses: [[NaN], [NaN], [NaN]] });
    expect(g.description).not.toMatch(/NaN|Infinity/);
  });
});
