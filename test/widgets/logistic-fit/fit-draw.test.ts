import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { logisticData } from "../../../src/grad/logistic-regression.ts";
import { fitDraw } from "../../../src/widgets/logistic-fit/fit-draw.ts";
import { box, fitGeometry, frame, samples } from "../../../src/widgets/logistic-fit/fit-geometry.ts";
import { fitOptions } from "../../../src/widgets/logistic-fit/fit-options.ts";
import { mount } from "../../../src/widgets/logistic-fit/logistic-fit.ts";
import { expectHonestPlot, expectHonestPoint } from "../../helpers/honest-plot.ts";
import { expectOneDrawPath } from "../../helpers/one-draw-path.ts";

// The frame's own mapping, written out: x from −4 to 5 across the plot, p from 0 (bottom) to 1 (top).
const px = (x: number) => frame.left + ((x + 4) / 9) * (frame.width - frame.right - frame.left);
const py = (p: number) => frame.bottom - p * (frame.bottom - frame.top);
const logistic = (z: number) => 1 / (1 + Math.exp(-z));
const options = fc.record({ w: fc.double({ min: -6, max: 6, noNaN: true }), b: fc.double({ min: -6, max: 6, noNaN: true }) });

describe("fitDraw(options, id)", () => {
  // Hundreds of random states: a limit for a loaded machine, not a speed test.
  it("plots σ(w·x + b), the sample and the boundary −b/w so that each maps back to its true value within half a pixel, or is marked", { timeout: 60_000 }, () => {
    const data = logisticData();
    fc.assert(
      fc.property(options, (raw) => {
        const o = fitOptions(raw);
        const g = fitGeometry(o);
        expectHonestPlot(g.curvePath, g.marks, samples.map((x) => [px(x), py(logistic(o.w * x + o.b))] as const), box);
        g.points.forEach((p, i) => expectHonestPoint(p.cx, p.cy, null, [px(data.xs[i]!), py(data.ys[i]!)], box));
        if (o.w === 0) {
          expect(g.boundaryX).toBeUndefined();
          return;
        }
        const mid = (frame.top + frame.bottom) / 2;
        const boundary = g.marks.find((m) => m.label.startsWith("p = ½"));
        if (g.boundaryX !== undefined) expectHonestPoint(g.boundaryX, mid, null, [px(-o.b / o.w), mid], box);
        else expectHonestPoint(boundary?.x ?? NaN, boundary?.y ?? NaN, boundary, [px(-o.b / o.w), mid], box);
      }),
      { seed: 13, numRuns: 150 },
    );
  });

  it("marks a boundary beyond the axis at the frame's edge, with its value", () => {
    const g = fitGeometry(fitOptions({ w: 0.5, b: 6 }));
    expect(g.boundaryX).toBeUndefined();
    expect(g.marks).toContainEqual(expect.objectContaining({ edge: "left", label: "p = ½ at x = −12.00" }));
  });

  // Dozens of mounts and redraws: a limit for a loaded machine, not a speed test.
  it("is the one draw path: the build's figure is adopted on mount and every update draws what the build would", { timeout: 60_000 }, () => {
    expectOneDrawPath(mount, fitDraw, options, (i) => fitOptions(i));
  });
});
