import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { natureDraw } from "../../../src/widgets/nature-curves/nature-draw.ts";
import { boxGrowth, boxHill, concentrations, frame, lScale, natureGeometry, reference, times, tScale, yScale } from "../../../src/widgets/nature-curves/nature-geometry.ts";
import { natureOptions } from "../../../src/widgets/nature-curves/nature-options.ts";
import { mount } from "../../../src/widgets/nature-curves/nature-curves.ts";
import { expectHonestPlot } from "../../helpers/honest-plot.ts";
import { expectOneDrawPath } from "../../helpers/one-draw-path.ts";

// Closed forms: the Hill equation with K = 1 is L^n / (1 + L^n), and logistic growth to capacity 1 half-way at t = 10 is 1 / (1 + e^(−r(t − 10))).
const hillClosed = (l: number, n: number) => l ** n / (1 + l ** n);
const growthClosed = (t: number, r: number) => 1 / (1 + Math.exp(-r * (t - 10)));
// Where a concentration sits on the log axis, from its decade: K/100 at the left edge, 100K at the right.
const lAt = (l: number) => frame.hill.x0 + ((Math.log10(l) + 2) / 4) * (frame.hill.x1 - frame.hill.x0);
const options = fc.record({ n: fc.double({ min: 0.5, max: 4, noNaN: true }), rate: fc.double({ min: 0.2, max: 3, noNaN: true }) });

describe("natureDraw(options, id)", () => {
  // Hundreds of random states: a limit for a loaded machine, not a speed test.
  it("plots the Hill curve on its log axis and the growth curve so that every point maps back to its true value within half a pixel, or is marked", { timeout: 60_000 }, () => {
    fc.assert(
      fc.property(options, (raw) => {
        const o = natureOptions(raw);
        const g = natureGeometry(o);
        expectHonestPlot(g.hillPath, g.marks, concentrations.map((l) => [lAt(l), yScale(hillClosed(l, o.n))] as const), boxHill);
        expectHonestPlot(reference.d, g.marks, concentrations.map((l) => [lAt(l), yScale(hillClosed(l, 1))] as const), boxHill);
        expectHonestPlot(g.growthPath, g.marks, times.map((t) => [tScale(t), yScale(growthClosed(t, o.rate))] as const), boxGrowth);
      }),
      { seed: 11, numRuns: 60 },
    );
  });

  it("puts K/100, K and 100K at the ends and middle of the log axis", () => {
    for (const [l, x] of [[0.01, frame.hill.x0], [1, (frame.hill.x0 + frame.hill.x1) / 2], [100, frame.hill.x1]] as const) {
      expect(lScale(l)).toBeCloseTo(x, 9);
    }
  });

  // Dozens of mounts and redraws: a limit for a loaded machine, not a speed test.
  it("is the one draw path: the build's figure is adopted on mount and every update draws what the build would", { timeout: 60_000 }, () => {
    expectOneDrawPath(mount, natureDraw, options, (i) => natureOptions(i));
  });
});
