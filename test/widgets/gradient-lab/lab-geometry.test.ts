import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { barsBox, historyBox, historyY, labGeometry, lossBox, lossSteps, lossY, MAX_POINTS, normScale, regionMasks, stepX, thinned } from "../../../src/widgets/gradient-lab/lab-geometry.ts";
import { labOptions } from "../../../src/widgets/gradient-lab/lab-options.ts";
import { scaleLinear } from "../../../src/widgets/linear-scale.ts";
import { GRID } from "../../../src/grad/lab-trainer.ts";
import { expectHonestPlot, expectHonestPoint } from "../../helpers/honest-plot.ts";

// Snapshots as the trainer could send them, with norms from zero (underflow) through 1e−300 to far above the axis.
const norm = fc.oneof(fc.constant(0), fc.double({ min: 1e-300, max: 1e6, noNaN: true }));
const snapshot = fc.record({
  step: fc.integer({ min: 1, max: 2000 }),
  norms: fc.array(norm, { minLength: 2, maxLength: 9 }),
  losses: fc.array(fc.double({ min: 0, max: 40, noNaN: true }), { minLength: 2, maxLength: 900 }),
  history: fc.array(norm, { minLength: 2, maxLength: 900 }),
});

describe("labGeometry(options, snapshot) as drawn", () => {
  it("for random snapshots, every bar's end, the loss curve and each layer's history map back within half a pixel, or are marked off-scale", () => {
    fc.assert(
      fc.property(snapshot, ({ step, norms, losses, history }) => {
        const s = { step, gradNorms: norms, losses, normHistory: norms.map(() => history), region: null, accuracy: 0.5 };
        const g = labGeometry(labOptions({}), s);
        for (const b of g.bars) expectHonestPoint(b.x1, b.y + b.height / 2, b.mark, [normScale(b.norm), b.y + b.height / 2], barsBox);
        const lx = scaleLinear().domain([0, lossSteps(step)]).range([lossBox.x0, lossBox.x1]);
        expectHonestPlot(g.lossPath, g.lossMarks, thinned(losses).map((i) => [lx(i), lossY(losses[i]!)] as const), lossBox);
        const hx = stepX(lossSteps(step), historyBox);
        expect(g.history).toHaveLength(norms.length);
        const kept = thinned(history.map((v) => Math.log10(v)));
        for (const line of g.history) expectHonestPlot(line.d, line.marks, kept.map((i) => [hx(i), historyY(history[i]!)] as const), historyBox);
      }),
      { numRuns: 40 },
    );
  });
});

describe("thinned(values)", () => {
  it("keeps every sample of a short curve, at most MAX_POINTS of a long one, the last one, and the largest of every run it drops", () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: -1e3, max: 1e3, noNaN: true }), { minLength: 1, maxLength: 5000 }), (values) => {
        const keep = thinned(values);
        expect(keep.length).toBeLessThanOrEqual(Math.min(values.length, MAX_POINTS));
        expect(keep.at(-1)).toBe(values.length - 1);
        expect([...keep].sort((a, b) => a - b)).toEqual(keep);
        // Every dropped sample has a kept neighbour less than a run away that is at least as large: no spike is lost.
        const run = Math.ceil(values.length / (MAX_POINTS - 1));
        const kept = new Set(keep);
        for (let i = 0; i < values.length; i++) {
          if (kept.has(i)) continue;
          expect(keep.some((k) => Math.abs(k - i) < run && values[k]! >= values[i]!)).toBe(true);
        }
      }),
      { numRuns: 30 },
    );
  });

  it("keeps a one-sample spike in a long flat curve", () => {
    const values = Array.from({ length: 2001 }, (_, i) => (i === 1234 ? 9 : 0.5));
    expect(thinned(values)).toContain(1234);
  });
});

describe("regionMasks(region)", () => {
  it("shades each point in its class only, from 0 at one half to 153 (0.6 × 255) at certainty", () => {
    const region = new Float32Array(GRID * GRID).fill(0.5);
    region[0] = 1;
    region[1] = 0;
    region[2] = 0.75;
    const m = regionMasks(region);
    expect([m.inside[0], m.outside[0], m.inside[1], m.outside[1], m.inside[2], m.outside[2], m.inside[3], m.outside[3]]).toEqual([153, 0, 0, 153, Math.round(0.25 * 1.2 * 255), 0, 0, 0]);
  });
});
