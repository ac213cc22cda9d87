import fc from "fast-check";
import { describe, it } from "vitest";
import { barsBox, labGeometry, lossBox, lossSteps, lossY, normScale } from "../../../src/widgets/gradient-lab/lab-geometry.ts";
import { labOptions } from "../../../src/widgets/gradient-lab/lab-options.ts";
import { scaleLinear } from "../../../src/widgets/linear-scale.ts";
import { GRID } from "../../../src/grad/lab-trainer.ts";
import { expectHonestPlot, expectHonestPoint } from "../../helpers/honest-plot.ts";

// Snapshots as the trainer could send them, with norms from zero (underflow) through 1e−300 to far above the axis.
const snapshot = fc.record({
  step: fc.integer({ min: 1, max: 2000 }),
  norms: fc.array(fc.oneof(fc.constant(0), fc.double({ min: 1e-300, max: 1e6, noNaN: true })), { minLength: 2, maxLength: 9 }),
  losses: fc.array(fc.double({ min: 0, max: 40, noNaN: true }), { minLength: 2, maxLength: 200 }),
});

describe("labGeometry(options, snapshot) as drawn", () => {
  it("for random snapshots, every bar's end and the loss curve map back within half a pixel, or are marked off-scale", () => {
    fc.assert(
      fc.property(snapshot, ({ step, norms, losses }) => {
        const s = { step, gradNorms: norms, losses, region: new Array<number>(GRID * GRID).fill(0.5), accuracy: 0.5 };
        const g = labGeometry(labOptions({}), s);
        for (const b of g.bars) expectHonestPoint(b.x1, b.y + b.height / 2, b.mark, [normScale(b.norm), b.y + b.height / 2], barsBox);
        const lx = scaleLinear().domain([0, lossSteps(step)]).range([lossBox.x0, lossBox.x1]);
        expectHonestPlot(g.lossPath, g.lossMarks, losses.map((l, i) => [lx(i), lossY(l)] as const), lossBox);
      }),
      { numRuns: 60 },
    );
  });
});
