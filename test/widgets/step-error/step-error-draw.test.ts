import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { dsigmoid, sigmoid } from "../../../src/grad/activations.ts";
import { stepErrorDraw } from "../../../src/widgets/step-error/step-error-draw.ts";
import { box, grid, stepErrorGeometry, xScale, yScale } from "../../../src/widgets/step-error/step-error-geometry.ts";
import { stepErrorOptions, stepErrorSpecs } from "../../../src/widgets/step-error/step-error-options.ts";
import { mount } from "../../../src/widgets/step-error/step-error.ts";
import { drawnArrows, expectArrowsDrawn, marksWithClass } from "../../helpers/drawn-marks.ts";
import { expectHonestPlot, expectHonestPoint } from "../../helpers/honest-plot.ts";
import { markTexts } from "../../helpers/mark-texts.ts";
import { expectOneDrawPath } from "../../helpers/one-draw-path.ts";
import { optionsFrom } from "../../helpers/option-arbitrary.ts";

// The quotients of the site's own σ (rounding error depends on how σ is evaluated, so no other σ gives the same
// bits); the quotient itself is written out again here, and the question is the drawing.
const relative = (x: number, eps: number, central: boolean) => {
  const approx = central ? (sigmoid(x + eps) - sigmoid(x - eps)) / (2 * eps) : (sigmoid(x + eps) - sigmoid(x)) / eps;
  return Math.abs(approx - dsigmoid(x)) / Math.abs(dsigmoid(x));
};
const at = (eps: number, error: number) => [xScale(Math.log10(eps)), yScale(Math.log10(error))] as const;
const options = optionsFrom(stepErrorSpecs);

describe("stepErrorDraw(options, id)", () => {
  // Dozens of random states: a limit for a loaded machine, not a speed test.
  it("for random options, both drawn error curves and their dots map back within half a pixel, or are marked off-scale (an exact 0 among them)", { timeout: 60_000 }, () => {
    fc.assert(
      fc.property(options, (input) => {
        const o = stepErrorOptions(input);
        const g = stepErrorGeometry(o);
        const marks = stepErrorDraw(o, "t");
        const arrows = drawnArrows(marks);
        expect(arrows).toEqual(g.marks.map(({ x, y, edge, label }) => ({ x, y, edge, label })));
        for (const [m, cls, central] of [[g.forward, "se-forward", false], [g.central, "se-central", true]] as const) {
          const errors = grid.map((eps) => relative(o.x, eps, central));
          expectHonestPlot(String(marksWithClass(marks, "se-curve", cls)[0]!.attrs.d), m.marks, grid.map((eps, i) => at(eps, errors[i]!)), box);
          expectArrowsDrawn(arrows, m.marks);
          // The dot at the chosen ε, and the hollow dot at the smallest error on the grid; beyond the frame, an arrow with the value.
          const best = errors.indexOf(Math.min(...errors));
          const eps = 10 ** o.logEps;
          for (const [dotCls, truth, own] of [["se-at", at(eps, relative(o.x, eps, central)), m.dotMarks[0]], ["se-best", at(grid[best]!, errors[best]!), m.dotMarks[1]]] as const) {
            const dot = marksWithClass(marks, dotCls, cls)[0]!;
            const drawn = own && g.marks.find((k) => k.label === own.label);
            expectHonestPoint(Number(dot.attrs.cx), Number(dot.attrs.cy), drawn, truth, box);
          }
        }
        expect(markTexts(marks).join(" ")).not.toMatch(/-\d|NaN|Infinity/);
      }),
      { seed: 5, numRuns: 40 },
    );
  });

  // Dozens of mounts and redraws: a limit for a loaded machine, not a speed test.
  it("is the one draw path: the build's figure is adopted on mount and every update draws what the build would", { timeout: 60_000 }, () => {
    expectOneDrawPath(mount, stepErrorDraw, options, (i) => stepErrorOptions(i));
  });
});
