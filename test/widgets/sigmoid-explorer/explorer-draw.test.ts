import fc from "fast-check";
import { describe, it } from "vitest";
import { boxDsigma, boxSigma, explorerGeometry, xScale, yDsigma, ySigma } from "../../../src/widgets/sigmoid-explorer/explorer-geometry.ts";
import { explorerDraw } from "../../../src/widgets/sigmoid-explorer/explorer-draw.ts";
import { explorerOptions } from "../../../src/widgets/sigmoid-explorer/explorer-options.ts";
import { mount } from "../../../src/widgets/sigmoid-explorer/sigmoid-explorer.ts";
import { expectHonestPlot, expectHonestPoint } from "../../helpers/honest-plot.ts";
import { expectOneDrawPath } from "../../helpers/one-draw-path.ts";

// Closed forms, written out here rather than taken from the module under test.
const logistic = (z: number) => 1 / (1 + Math.exp(-z));
const slope = (z: number) => logistic(z) * (1 - logistic(z));
const xs = Array.from({ length: 241 }, (_, i) => -6 + i / 20);
const options = fc.record({ w: fc.double({ min: -10, max: 10, noNaN: true }), b: fc.double({ min: -10, max: 10, noNaN: true }), x: fc.double({ min: -6, max: 6, noNaN: true }) });

describe("explorerDraw(options, id)", () => {
  // Hundreds of random states: a limit for a loaded machine, not a speed test.
  it("plots σ and σ′ so that every point maps back to its true value within half a pixel, or is marked", { timeout: 60_000 }, () => {
    fc.assert(
      fc.property(options, (raw) => {
        const o = explorerOptions(raw);
        const g = explorerGeometry(o);
        expectHonestPlot(g.sigmaPath, g.marks, xs.map((x) => [xScale(x), ySigma(logistic(o.w * x + o.b))] as const), boxSigma);
        expectHonestPlot(g.dsigmaPath, g.marks, xs.map((x) => [xScale(x), yDsigma(slope(o.w * x + o.b))] as const), boxDsigma);
        const z = o.w * o.x + o.b;
        expectHonestPoint(g.probe.cx, g.probe.cySigma, null, [xScale(o.x), ySigma(logistic(z))], boxSigma);
        expectHonestPoint(g.probe.cx, g.probe.cyDsigma, null, [xScale(o.x), yDsigma(slope(z))], boxDsigma);
      }),
      { seed: 3, numRuns: 150 },
    );
  });

  // Dozens of mounts and redraws: a limit for a loaded machine, not a speed test.
  it("is the one draw path: the build's figure is adopted on mount and every update draws what the build would", { timeout: 60_000 }, () => {
    expectOneDrawPath(mount, explorerDraw, options, (i) => explorerOptions(i));
  });
});

