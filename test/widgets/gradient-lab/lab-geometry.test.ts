import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { barsBox, barsGeometry, historyBox, historyGeometry, historyY, LAB_FONT, labGeometry, lossBox, lossGeometry, lossY, MAX_POINTS, normScale, regionMasks, STEPS_SHOWN, stepX, thinned } from "../../../src/widgets/gradient-lab/lab-geometry.ts";
import { NARROW_FONT, offScaleLabelArea } from "../../../src/widgets/chart/off-scale-label-area.ts";
import type { OffScaleMark } from "../../../src/widgets/chart/plot-series.ts";
import { labOptions, labSpecs } from "../../../src/widgets/gradient-lab/lab-options.ts";
import { formatNumber } from "../../../src/widgets/format-number.ts";
import { GRID } from "../../../src/grad/lab-trainer.ts";
import { expectHonestPlot, expectHonestPoint } from "../../helpers/honest-plot.ts";

// Snapshots as the trainer could send them, with norms from zero (underflow) through 1e−300 to far above the axis.
const norm = fc.oneof(fc.constant(0), fc.double({ min: 1e-300, max: 1e6, noNaN: true }));
const snapshot = fc.record({
  step: fc.integer({ min: 1, max: 2000 }),
  norms: fc.array(norm, { minLength: 2, maxLength: 9 }),
  losses: fc.array(fc.double({ min: 0, max: 40, noNaN: true }), { minLength: 2, maxLength: 2600, size: "max" }),
  history: fc.array(norm, { minLength: 2, maxLength: 2600, size: "max" }),
});

describe("labGeometry(options, snapshot) as drawn", () => {
  it("for random snapshots, every bar's end, the loss curve and each layer's history map back within half a pixel, or are marked off-scale", () => {
    fc.assert(
      fc.property(snapshot, ({ step, norms, losses, history }) => {
        const s = { step, gradNorms: norms, losses, normHistory: norms.map(() => history), region: null, accuracy: 0.5 };
        const g = labGeometry(labOptions({}), s);
        for (const b of g.bars) expectHonestPoint(b.x1, b.y + b.height / 2, b.mark, [normScale(b.norm), b.y + b.height / 2], barsBox);
        // The step axis is log(1 + step) from 0 to the last step shown, computed here from its definition.
        const lx = (i: number) => lossBox.x0 + ((lossBox.x1 - lossBox.x0) * Math.log10(1 + i)) / Math.log10(1 + STEPS_SHOWN);
        expectHonestPlot(g.lossPath, g.lossMarks, thinned(losses, stepX(lossBox), lossBox).map((i) => [lx(i), lossY(losses[i]!)] as const), lossBox);
        const hx = (i: number) => historyBox.x0 + ((historyBox.x1 - historyBox.x0) * Math.log10(1 + i)) / Math.log10(1 + STEPS_SHOWN);
        expect(g.history).toHaveLength(norms.length);
        const kept = thinned(history, stepX(historyBox), historyBox);
        for (const line of g.history) expectHonestPlot(line.d, line.marks, kept.map((i) => [hx(i), historyY(history[i]!)] as const), historyBox);
      }),
      { numRuns: 40 },
    );
  });
});

describe("barsGeometry(snapshot)", () => {
  it("writes every bar's value beyond the frame, level with its bar, at the deepest network too: baselines at least the em (12 units) apart", () => {
    const bars = barsGeometry({ step: 1, gradNorms: Array<number>(labSpecs.depth.max + 1).fill(1e-30), losses: [1], normHistory: [], region: null, accuracy: 0.5 });
    expect(bars.map((b) => b.mark?.edge)).toEqual(Array(labSpecs.depth.max + 1).fill("left"));
    expect(bars.every((b) => b.mark!.label === formatNumber(1e-30, 2))).toBe(true);
    for (const b of bars) expect(b.mark!.y).toBeCloseTo(b.y + b.height / 2, 9);
    for (let i = 1; i < bars.length; i++) expect(bars[i]!.mark!.y - bars[i - 1]!.mark!.y).toBeGreaterThanOrEqual(12);
  });
});

describe("the history's and the loss's values beyond their panel, along one curve", () => {
  // A step's x on both panels, computed here from the axis's definition: log(1 + step) from 0 to the last step shown.
  const at = (box: { x0: number; x1: number }, step: number) => box.x0 + ((box.x1 - box.x0) * Math.log10(1 + step)) / Math.log10(1 + STEPS_SHOWN);
  // Two runs beyond the panel, each one sample long: both marked on the same edge, their labels level.
  const twoRuns = (steps: readonly number[], outside: number, inside: number) => Array.from({ length: steps.at(-1)! + 2 }, (_, i) => (steps.includes(i) ? outside : inside));
  // Both shown at every width, and each label clear of the other at the panel's text size but not at a 640-unit figure's phone size.
  const expectBothShown = (marks: readonly OffScaleMark[], xs: readonly number[], label: string) => {
    expect(marks.map((m) => [m.label, m.wideOnly ?? false])).toEqual([
      [label, false],
      [label, false],
    ]);
    marks.forEach((m, i) => expect(m.x).toBeCloseTo(xs[i]!, 1));
    const [a, b] = marks.map((m) => offScaleLabelArea(m, LAB_FONT));
    expect(a!.x1).toBeLessThan(b!.x0);
    const [na, nb] = marks.map((m) => offScaleLabelArea(m, NARROW_FONT));
    expect(na!.x1).toBeGreaterThan(nb!.x0);
  };

  it("are spaced at the panels' own 12-unit text along the loss curve: two above the panel at steps 9 and 30 are both shown", () => {
    expect(LAB_FONT).toBe(12);
    const losses = twoRuns([9, 30], 2.37, 0.7);
    const { marks } = lossGeometry({ step: losses.length - 1, gradNorms: [1, 1], losses, normHistory: [], region: null, accuracy: 0.5 });
    expectBothShown(marks, [at(lossBox, 9), at(lossBox, 30)], formatNumber(2.37, 2));
  });

  it("and along a layer's history line: two below the panel at steps 9 and 100 are both shown", () => {
    const history = twoRuns([9, 100], 1e-30, 1e-3);
    const [line] = historyGeometry({ step: history.length - 1, gradNorms: [1], losses: [1], normHistory: [history], region: null, accuracy: 0.5 });
    expectBothShown(line!.marks, [at(historyBox, 9), at(historyBox, 100)], formatNumber(1e-30, 2));
  });
});

describe("historyGeometry(snapshot)", () => {
  it("spaces the values of lines below the panel across lines: eleven layers vanishing alike show one value, every line its arrow", () => {
    const history = [1e-30, 1e-31, 1e-32];
    const s = { step: 3, gradNorms: Array<number>(11).fill(1e-32), losses: [1], normHistory: Array(11).fill(history), region: null, accuracy: 0.5 };
    const marks = historyGeometry(s).map((l) => l.marks);
    expect(marks.map((m) => m.length)).toEqual(Array(11).fill(1));
    const shown = marks.flat().filter((m) => m.label !== "");
    expect(shown).toHaveLength(1);
    expect(Number(shown[0]!.label.replace("−", "-"))).toBe(1e-32);
  });
});

describe("thinned(values, x, box)", () => {
  const box = { x0: 0, x1: 600, y0: 0, y1: 100 };
  it("keeps every sample of a short curve; of a long one at most one per slice of the width, the last, and in each slice the largest", () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: -1e3, max: 1e3, noNaN: true }), { minLength: 1, maxLength: 5000, size: "max" }), fc.boolean(), (values, logarithmic) => {
        const n = values.length;
        const x = (i: number) => (logarithmic ? (600 * Math.log10(1 + i)) / Math.log10(n) : (600 * i) / n);
        const keep = thinned(values, x, box);
        expect(keep.at(-1)).toBe(n - 1);
        expect([...keep].sort((a, b) => a - b)).toEqual(keep);
        if (n <= MAX_POINTS) {
          expect(keep).toHaveLength(n);
          return;
        }
        expect(keep.length).toBeLessThanOrEqual(MAX_POINTS + 2);
        const slice = (i: number) => Math.floor(x(i) / (600 / MAX_POINTS));
        // One kept sample per slice, at least as large as every other sample in it: no spike is lost.
        const bySlice = new Map(keep.slice(0, -1).map((k) => [slice(k), k]));
        expect(bySlice.size).toBe(keep.length - 1);
        for (let i = 0; i < n - 1; i++) expect(values[bySlice.get(slice(i))!]!).toBeGreaterThanOrEqual(values[i]!);
      }),
      { numRuns: 15 },
    );
  });

  it("keeps a one-sample spike in a long flat curve", () => {
    const values = Array.from({ length: 2001 }, (_, i) => (i === 1234 ? 9 : 0.5));
    expect(thinned(values, (i) => i * 0.3, box)).toContain(1234);
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
