import fc from "fast-check";
import { describe, it } from "vitest";
import { zigzagPath } from "../../../src/grad/zigzag.ts";
import { box, w1Scale, w2Scale, zigzagGeometry } from "../../../src/widgets/zigzag/zigzag-geometry.ts";
import { ZIGZAG_STEPS, zigzagOptions, zigzagSpecs } from "../../../src/widgets/zigzag/zigzag-options.ts";
import { expectHonestPlot, expectHonestPoint } from "../../helpers/honest-plot.ts";

// The true path is the descent's own (its steps are tested in test/grad); here the question is the drawing.
describe("zigzagGeometry(options) as drawn", () => {
  it("for random options, both paths and their heads map back within half a pixel, or are marked off-scale", () => {
    const rate = fc.double({ min: zigzagSpecs.learningRate.min, max: zigzagSpecs.learningRate.max, noNaN: true });
    fc.assert(
      fc.property(fc.record({ learningRate: rate, step: fc.integer({ min: 0, max: ZIGZAG_STEPS }) }), (input) => {
        const o = zigzagOptions(input);
        for (const run of zigzagGeometry(o).runs) {
          const truth = zigzagPath(run.name === "centred", o.learningRate, ZIGZAG_STEPS)
            .slice(0, o.step + 1)
            .map(([a, b]) => [w1Scale(a), w2Scale(b)] as const);
          expectHonestPlot(run.path, run.marks, truth, box);
          const head = run.marks.find((m) => m.to === o.step) ?? run.marks.find((m) => m.x === run.cx && m.y === run.cy);
          expectHonestPoint(run.cx, run.cy, head, truth.at(-1)!, box);
        }
      }),
      { numRuns: 60 },
    );
  });
});
