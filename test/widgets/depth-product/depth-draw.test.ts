import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Mark } from "../../../src/widgets/chart/mark.ts";
import { depthDraw } from "../../../src/widgets/depth-product/depth-draw.ts";
import { box, depthGeometry, depths } from "../../../src/widgets/depth-product/depth-geometry.ts";
import { depthOptions, depthSpecs } from "../../../src/widgets/depth-product/depth-options.ts";
import { mount } from "../../../src/widgets/depth-product/depth-product.ts";
import { expectMarksDrawn, expectMarkValues, marksWithClass } from "../../helpers/drawn-marks.ts";
import { expectHonestPlot, expectHonestPoint } from "../../helpers/honest-plot.ts";
import { markTexts } from "../../helpers/mark-texts.ts";
import { expectOneDrawPath } from "../../helpers/one-draw-path.ts";
import { optionsFrom } from "../../helpers/option-arbitrary.ts";

// (|w|·σ′(z))ⁿ from the closed form σ′(z) = e^{−|z|}/(1 + e^{−|z|})², independent of src/grad.
const factor = (n: number, w: number, z: number) => (w * (Math.exp(-Math.abs(z)) / (1 + Math.exp(-Math.abs(z))) ** 2)) ** n;
// The axes written out: depth 0 to 100 across the frame, decades 1e−65 (bottom) to 1e35 (top) up it.
const xAt = (n: number) => box.x0 + (n / 100) * (box.x1 - box.x0);
const yAt = (v: number) => box.y1 - ((Math.log10(v) + 65) / 100) * (box.y1 - box.y0);
const options = optionsFrom(depthSpecs);
const num = (m: Mark | undefined, name: string) => Number(m!.attrs[name]);

describe("depthDraw(options, id)", () => {
  // Dozens of random settings: a limit for a loaded machine, not a speed test.
  it("draws both curves and the weighted dot where (|w|·σ′(z))ⁿ maps, within half a pixel, or marked off-scale with the value", { timeout: 60_000 }, () => {
    fc.assert(
      fc.property(options, (input) => {
        const o = depthOptions(input);
        const g = depthGeometry(o);
        const drawn = depthDraw(o, "t");
        const truth = depths.map((n) => factor(n, o.weight, o.z));
        expectHonestPlot(String(marksWithClass(drawn, "gd-weighted")[0]!.attrs["d"]), g.marks, depths.map((n, i) => [xAt(n), yAt(truth[i]!)] as const), box);
        expectHonestPlot(String(marksWithClass(drawn, "gd-bound")[0]!.attrs["d"]), [], depths.map((n) => [xAt(n), yAt(0.25 ** n)] as const), box);
        const [dot] = marksWithClass(drawn, "gd-dot-weighted");
        const own = g.marks.find((m) => m.x === num(dot, "cx")) ?? g.marks.find((m) => m.from <= o.depth && o.depth <= m.to);
        expectHonestPoint(num(dot, "cx"), num(dot, "cy"), own, [xAt(o.depth), yAt(truth[o.depth]!)], box);
        const [bound] = marksWithClass(drawn, "gd-dot-bound");
        expectHonestPoint(num(bound, "cx"), num(bound, "cy"), null, [xAt(o.depth), yAt(0.25 ** o.depth)], box);
        // A curve's mark shows one of the values it stands for; the dot's shows its own.
        expectMarkValues(g.marks, (m) => [...truth.slice(m.from, m.to + 1), truth[o.depth]!].map((v) => [v]));
        expectMarksDrawn(drawn, g.marks);
      }),
      { seed: 16, numRuns: 60 },
    );
  });

  it("labels its decades with the true minus sign, and draws the line at 1 apart", () => {
    const drawn = depthDraw(depthOptions({}), "t");
    expect(markTexts(marksWithClass(drawn, "chart-ytick"))).toEqual(["1e−60", "1e−40", "1e−20", "1", "1e20"]);
    expect(marksWithClass(drawn, "gd-one").map((m) => num(m, "y1"))).toEqual([Math.round(yAt(1) * 10) / 10]);
  });

  // Dozens of mounts and redraws: a limit for a loaded machine, not a speed test.
  it("is the one draw path: the build's figure is adopted on mount and every update draws what the build would", { timeout: 60_000 }, () => {
    expectOneDrawPath(mount, depthDraw, options, (i) => depthOptions(i));
  });
});
