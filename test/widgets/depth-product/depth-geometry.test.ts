import fc from "fast-check";
import { describe, it } from "vitest";
import { box, depthGeometry, depths, xScale, yScale } from "../../../src/widgets/depth-product/depth-geometry.ts";
import { depthOptions, depthSpecs } from "../../../src/widgets/depth-product/depth-options.ts";
import { expectHonestPlot, expectHonestPoint } from "../../helpers/honest-plot.ts";

// (|w|·σ′(z))ⁿ from the closed form σ′(z) = e^{−|z|}/(1 + e^{−|z|})², independent of src/grad.
const factor = (n: number, w: number, z: number) => (w * (Math.exp(-Math.abs(z)) / (1 + Math.exp(-Math.abs(z))) ** 2)) ** n;
const spec = (k: keyof typeof depthSpecs) => fc.double({ min: depthSpecs[k].min, max: depthSpecs[k].max, noNaN: true });

describe("depthGeometry(options) as drawn", () => {
  it("for random options, the weighted curve and its dot map back to (|w|·σ′(z))ⁿ within half a pixel, or are marked off-scale", () => {
    fc.assert(
      fc.property(fc.record({ depth: spec("depth"), weight: spec("weight"), z: spec("z") }), (input) => {
        const o = depthOptions(input);
        const g = depthGeometry(o);
        expectHonestPlot(g.weightedPath, g.marks, depths.map((n) => [xScale(n), yScale(factor(n, o.weight, o.z))] as const), box);
        const own = g.marks.find((m) => m.x === g.cx) ?? g.marks.find((m) => m.from <= o.depth && o.depth <= m.to);
        expectHonestPoint(g.cx, g.cyWeighted, own, [xScale(o.depth), yScale(factor(o.depth, o.weight, o.z))], box);
      }),
      { numRuns: 60 },
    );
  });
});
