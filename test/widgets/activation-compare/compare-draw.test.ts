import fc from "fast-check";
import { describe, it } from "vitest";
import { mount } from "../../../src/widgets/activation-compare/activation-compare.ts";
import { compareDraw } from "../../../src/widgets/activation-compare/compare-draw.ts";
import { boxD, boxF, compareGeometry, samples, xScale, yD, yF } from "../../../src/widgets/activation-compare/compare-geometry.ts";
import { compareOptions } from "../../../src/widgets/activation-compare/compare-options.ts";
import { expectHonestPlot, expectHonestPoint } from "../../helpers/honest-plot.ts";
import { expectOneDrawPath } from "../../helpers/one-draw-path.ts";

// Closed forms of each activation and its derivative, written out independently of src/grad.
const logistic = (z: number) => 1 / (1 + Math.exp(-z));
const CLOSED: Record<string, { f: (x: number) => number; df: (x: number) => number }> = {
  sigmoid: { f: logistic, df: (x) => logistic(x) * (1 - logistic(x)) },
  tanh: { f: Math.tanh, df: (x) => 1 - Math.tanh(x) ** 2 },
  relu: { f: (x) => Math.max(0, x), df: (x) => (x > 0 ? 1 : 0) },
};
const options = fc.record({ x: fc.double({ min: -4, max: 4, noNaN: true }) });

describe("compareDraw(options, id)", () => {
  // Hundreds of random states: a limit for a loaded machine, not a speed test.
  it("plots each function and derivative so that every point maps back to its true value within half a pixel, or is marked", { timeout: 60_000 }, () => {
    fc.assert(
      fc.property(options, (raw) => {
        const o = compareOptions(raw);
        const g = compareGeometry(o);
        for (const c of g.curves) {
          const k = CLOSED[c.name]!;
          expectHonestPlot(c.fPath, g.marks, samples.map((x) => [xScale(x), yF(k.f(x))] as const), boxF);
          // ReLU′ jumps at 0: the drawn line joins its samples, which is all the closed form fixes there.
          expectHonestPlot(c.dPath, g.marks, samples.map((x) => [xScale(x), yD(k.df(x))] as const), boxD);
          expectHonestPoint(g.cx, c.cyF, null, [xScale(o.x), yF(k.f(o.x))], boxF);
          expectHonestPoint(g.cx, c.cyD, null, [xScale(o.x), yD(k.df(o.x))], boxD);
        }
      }),
      { seed: 5, numRuns: 60 },
    );
  });

  // Dozens of mounts and redraws: a limit for a loaded machine, not a speed test.
  it("is the one draw path: the build's figure is adopted on mount and every update draws what the build would", { timeout: 60_000 }, () => {
    expectOneDrawPath(mount, compareDraw, options, (i) => compareOptions(i));
  });
});
