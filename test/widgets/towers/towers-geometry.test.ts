import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { box, towersGeometry, xs, xScale, yScale } from "../../../src/widgets/towers/towers-geometry.ts";
import { towersOptions, towersSpecs } from "../../../src/widgets/towers/towers-options.ts";
import { expectHonestPlot } from "../../helpers/honest-plot.ts";

// Nielsen's target and its towers written out again: heights at the bins' centres, walls of paired sigmoids.
const target = (x: number) => 0.2 + 0.4 * x * x + 0.3 * x * Math.sin(15 * x) + 0.05 * Math.cos(50 * x);
const s = (v: number) => 1 / (1 + Math.exp(-v));
const towers = (n: number, k: number) => (x: number) => {
  let sum = 0;
  for (let i = 0; i < n; i++) {
    const left = i === 0 ? -1 : i / n;
    const right = i === n - 1 ? 2 : (i + 1) / n;
    sum += target((i + 0.5) / n) * (s(k * (x - left)) - s(k * (x - right)));
  }
  return sum;
};

describe("towersGeometry(options) as drawn", () => {
  it("for random options, the approximation maps back to its towers within half a pixel, or is marked off-scale", () => {
    const n = fc.integer({ min: towersSpecs.n.min, max: towersSpecs.n.max });
    const k = fc.double({ min: towersSpecs.steepness.min, max: towersSpecs.steepness.max, noNaN: true });
    fc.assert(
      fc.property(fc.record({ n, steepness: k }), (input) => {
        const o = towersOptions(input);
        const g = towersGeometry(o);
        const f = towers(o.n, o.steepness);
        expectHonestPlot(g.approxPath, g.marks, xs.map((x) => [xScale(x), yScale(f(x))] as const), box);
      }),
      { numRuns: 30 },
    );
  });
});

describe("towersGeometry(options): the towers under the sum", () => {
  it("draws every tower on its own, one subpath each, where its own formula puts it", () => {
    const one = (n: number, k: number, i: number) => (x: number) => {
      const left = i === 0 ? -1 : i / n;
      const right = i === n - 1 ? 2 : (i + 1) / n;
      return target((i + 0.5) / n) * (s(k * (x - left)) - s(k * (x - right)));
    };
    fc.assert(
      fc.property(fc.integer({ min: towersSpecs.n.min, max: 30 }), fc.double({ min: towersSpecs.steepness.min, max: towersSpecs.steepness.max, noNaN: true }), (n, steepness) => {
        const o = towersOptions({ n, steepness });
        const subpaths = towersGeometry(o).towersPath.split("M").slice(1).map((d) => `M${d}`);
        expect(subpaths).toHaveLength(o.n);
        subpaths.forEach((d, i) => expectHonestPlot(d, [], xs.map((x) => [xScale(x), yScale(one(o.n, o.steepness, i)(x))] as const), box));
      }),
      { numRuns: 15 },
    );
  });
});
