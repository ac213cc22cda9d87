import fc from "fast-check";
import { describe, it } from "vitest";
import { box, raceGeometry, xScale, yScale } from "../../../src/widgets/training-race/race-geometry.ts";
import { RACE_STEPS, raceOptions } from "../../../src/widgets/training-race/race-options.ts";
import { expectHonestPlot, expectHonestPoint } from "../../helpers/honest-plot.ts";

// Loss curves as a diverging or a converging training could give them, far above the axis included.
const curve = fc.array(fc.double({ min: 0, max: 50, noNaN: true }), { minLength: RACE_STEPS + 1, maxLength: RACE_STEPS + 1 });

describe("raceGeometry(options, losses) as drawn", () => {
  it("for random losses, every curve and dot maps back within half a pixel, or is marked off-scale", () => {
    fc.assert(
      fc.property(fc.tuple(curve, curve, curve), fc.integer({ min: 0, max: RACE_STEPS }), (all, step) => {
        const g = raceGeometry(raceOptions({ step }), all);
        g.runners.forEach((r, k) => {
          expectHonestPlot(r.path, r.marks, all[k]!.map((l, i) => [xScale(i), yScale(l)] as const), box);
          expectHonestPoint(g.stepX, r.cy, r.dotMark, [xScale(step), yScale(all[k]![step]!)], box);
        });
      }),
      { numRuns: 30 },
    );
  });
});
