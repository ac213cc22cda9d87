import fc from "fast-check";
import { describe, it } from "vitest";
import { panelsGeometry, PS, XS } from "../../../src/widgets/mse-panels/panels-geometry.ts";
import { panelsOptions, panelsSpecs } from "../../../src/widgets/mse-panels/panels-options.ts";
import { expectHonestPlot, expectHonestPoint } from "../../helpers/honest-plot.ts";

// The curves' true values, written out from their closed forms (independent of src/grad).
const s = (x: number) => 1 / (1 + Math.exp(-x));
const ce = (q: number, p: number) => -(p * Math.log(q) + (1 - p) * Math.log(1 - q));
const truth: Record<string, (p: number) => Record<string, (v: number) => number>> = {
  sigma: () => ({ plain: s }),
  dsigma: () => ({ plain: (x) => s(x) * (1 - s(x)) }),
  "loss-p": (p) => ({ ref0: (q) => q * q, ref1: (q) => (q - 1) ** 2, mse: (q) => (q - p) ** 2, ce: (q) => ce(q, p) }),
  "grad-p": (p) => ({ ref0: (q) => 2 * q, ref1: (q) => 2 * (q - 1), mse: (q) => 2 * (q - p), ce: (q) => (q - p) / (q * (1 - q)) }),
  "loss-x": (p) => ({ ref0: (x) => s(x) ** 2, ref1: (x) => (s(x) - 1) ** 2, mse: (x) => (s(x) - p) ** 2, ce: (x) => ce(s(x), p) }),
  "grad-x": (p) => ({
    ref0: (x) => 2 * s(x) * s(x) * (1 - s(x)),
    ref1: (x) => 2 * (s(x) - 1) * s(x) * (1 - s(x)),
    mse: (x) => 2 * (s(x) - p) * s(x) * (1 - s(x)),
    ce: (x) => s(x) - p,
  }),
  ratio: () => ({ plain: (x) => 2 * s(x) * (1 - s(x)) }),
};

const options = fc.record({
  x: fc.double({ min: panelsSpecs.x.min, max: panelsSpecs.x.max, noNaN: true }),
  p: fc.double({ min: panelsSpecs.p.min, max: panelsSpecs.p.max, noNaN: true }),
  ce: fc.constantFrom(0, 1),
});

describe("panelsGeometry(options) as drawn", () => {
  it("for random options, every curve and probe maps back to its closed form within half a pixel, or is marked off-scale", () => {
    fc.assert(
      fc.property(options, (input) => {
        const o = panelsOptions(input);
        for (const panel of panelsGeometry(o).panels) {
          const box = { x0: panel.x0, x1: panel.x1, y0: panel.y0, y1: panel.y1 };
          const fs = truth[panel.key]!(o.p);
          const grid = panel.axis === "x" ? XS : PS;
          for (const c of panel.paths) {
            const f = fs[c.role]!;
            expectHonestPlot(c.d, c.marks, grid.map((v) => [panel.xScale(v), panel.yScale(f(v))] as const), box);
          }
          const at = panel.axis === "x" ? o.x : s(o.x);
          for (const dot of panel.probe.cys) expectHonestPoint(panel.probe.cx, dot.cy, dot.mark, [panel.xScale(at), panel.yScale(fs[dot.role]!(at))], box);
        }
      }),
      { numRuns: 40 },
    );
  });
});
