import fc from "fast-check";
import { describe, it } from "vitest";
import { dsigmoid, sigmoid } from "../../../src/grad/activations.ts";
import { box, grid, stepErrorGeometry, xScale, yScale } from "../../../src/widgets/step-error/step-error-geometry.ts";
import { stepErrorOptions, stepErrorSpecs } from "../../../src/widgets/step-error/step-error-options.ts";
import { expectHonestPlot } from "../../helpers/honest-plot.ts";

// The quotients of the site's own σ (rounding error depends on how σ is evaluated, so no other σ gives the same
// bits); the quotient itself is written out again here, and the question is the drawing.
const relative = (x: number, eps: number, central: boolean) => {
  const approx = central ? (sigmoid(x + eps) - sigmoid(x - eps)) / (2 * eps) : (sigmoid(x + eps) - sigmoid(x)) / eps;
  return Math.abs(approx - dsigmoid(x)) / Math.abs(dsigmoid(x));
};

describe("stepErrorGeometry(options) as drawn", () => {
  it("for random options, both error curves map back within half a pixel, or are marked off-scale (an exact 0 among them)", () => {
    const spec = (k: keyof typeof stepErrorSpecs) => fc.double({ min: stepErrorSpecs[k].min, max: stepErrorSpecs[k].max, noNaN: true });
    fc.assert(
      fc.property(fc.record({ x: spec("x"), logEps: spec("logEps") }), (input) => {
        const o = stepErrorOptions(input);
        const g = stepErrorGeometry(o);
        for (const [m, central] of [[g.forward, false], [g.central, true]] as const) {
          const truth = grid.map((eps) => [xScale(Math.log10(eps)), yScale(Math.log10(relative(o.x, eps, central)))] as const);
          expectHonestPlot(m.path, m.marks, truth, box);
        }
      }),
      { numRuns: 40 },
    );
  });
});
