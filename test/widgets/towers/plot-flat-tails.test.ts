import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { pathVertices, expectHonestPlot } from "../../helpers/honest-plot.ts";
import { plotSeries } from "../../../src/widgets/chart/plot-series.ts";
import { plotFlatTails, tailReach, TAIL_TOLERANCE } from "../../../src/widgets/towers/plot-flat-tails.ts";

// A panel as the towers figure's: 401 samples over [0, 1] on 584 units across, y in [−0.2, 1.2] on 258 units.
const xs = Array.from({ length: 401 }, (_, i) => i / 400);
const box = { x0: 40, x1: 624, y0: 12, y1: 270 };
const px = (k: number) => 40 + 584 * xs[k]!;
const py = (v: number) => 270 - ((v + 0.2) / 1.4) * 258;
const UNITS_PER_Y = 258 / 1.4;
const sigma = (t: number) => 1 / (1 + Math.exp(-t));
const label = (v: number) => v.toFixed(2);
// A random tower: its height h, left wall a, width (at least minWidth) and steepness s, over and beyond the panel's range.
const towerArbitraries = (minWidth: number) =>
  [
    fc.double({ min: -0.2, max: 1.2, noNaN: true }),
    fc.double({ min: -1, max: 1.9, noNaN: true }),
    fc.double({ min: minWidth, max: 1, noNaN: true }),
    fc.double({ min: 10, max: 1000, noNaN: true }),
  ] as const;

// A tower and a rising sigmoid written out again, and plotted the way the towers figure plots them.
const tower = (h: number, a: number, b: number, s: number) => (x: number) => h * (sigma(s * (x - a)) - sigma(s * (x - b)));
function plotTower(h: number, a: number, b: number, s: number) {
  const f = tower(h, a, b, s);
  const r = tailReach(h, s, UNITS_PER_Y);
  return plotFlatTails(xs, (k) => f(xs[k]!), a - r, b + r, { left: 0, right: 0 }, px, py, box, label);
}
const truth = (f: (x: number) => number) => xs.map((x, k) => [px(k), py(f(x))] as const);

describe("tailReach(height, steepness, unitsPerY)", () => {
  it("keeps a sigmoid's tail beyond it within the tolerance of its limit, and is not much wider than that needs", () => {
    fc.assert(
      fc.property(fc.double({ min: -1.2, max: 1.2, noNaN: true }), fc.double({ min: 10, max: 1000, noNaN: true }), fc.double({ min: 1, max: 3, noNaN: true }), (h, s, beyond) => {
        const r = tailReach(h, s, UNITS_PER_Y);
        // σ(−s·d) is how far h·σ(s(x − w)) lies from its limit, per unit of h, at a distance d beyond the wall.
        expect(Math.abs(h) * sigma(-s * r * beyond) * UNITS_PER_Y).toBeLessThanOrEqual(TAIL_TOLERANCE);
        // Where the reach is more than a few steps of 1/s, a fifth less would leave the tail beyond the tolerance.
        if (Math.abs(h) * UNITS_PER_Y > 20 * TAIL_TOLERANCE) expect(Math.abs(h) * sigma(-s * r * 0.8) * UNITS_PER_Y).toBeGreaterThan(TAIL_TOLERANCE);
      }),
    );
  });

  it("leaves every drawn point within half a pixel of its true place, rounding included", () => {
    expect(TAIL_TOLERANCE + 0.05).toBeLessThanOrEqual(0.5);
  });
});

describe("plotFlatTails(xs, value, lo, hi, ends, …)", () => {
  it("draws a tower within half a pixel of its formula everywhere, its flat tails included, for random towers", () => {
    fc.assert(
      fc.property(
        ...towerArbitraries(0.01),
        (h, a, width, s) => {
          const b = a + width;
          const plot = plotTower(h, a, b, s);
          expect(pathVertices(plot.d)).toHaveLength(1);
          expectHonestPlot(plot.d, plot.marks, truth(tower(h, a, b, s)), box);
        },
      ),
      { numRuns: 200 },
    );
  });

  it("draws a tail sample just beyond the reach, where the tail is as far from zero as the tolerance allows, within half a pixel", () => {
    // Walls placed so that one sample lies just outside the reach on each side: the drawn zero is then about
    // TAIL_TOLERANCE from the true value there, the worst the figure ever draws.
    for (const [h, s] of [[1.2, 200], [0.6, 1000], [-0.2, 50], [0.9, 10]] as const) {
      const r = tailReach(h, s, UNITS_PER_Y);
      const a = xs[60]! + r + 1e-9;
      const b = xs[340]! - r - 1e-9;
      if (!(a < b)) continue;
      const plot = plotTower(h, a, b, s);
      expect(Math.abs(h * sigma(s * (xs[60]! - a)) * UNITS_PER_Y)).toBeGreaterThan(0.9 * TAIL_TOLERANCE);
      expectHonestPlot(plot.d, plot.marks, truth(tower(h, a, b, s)), box);
    }
  });

  it("draws a rising sigmoid at 0 left of its reach and at its height right of it", () => {
    const [h, a, s] = [0.8, 0.5, 200];
    const f = (x: number) => h * sigma(s * (x - a));
    const r = tailReach(h, s, UNITS_PER_Y);
    const plot = plotFlatTails(xs, (k) => f(xs[k]!), a - r, a + r, { left: 0, right: h }, px, py, box, label);
    expectHonestPlot(plot.d, plot.marks, truth(f), box);
    const [line] = pathVertices(plot.d);
    expect(line![0]).toEqual([40, Math.round(py(0) * 10) / 10]);
    expect(line!.at(-1)).toEqual([624, Math.round(py(h) * 10) / 10]);
  });

  it("draws only the flat stretches' ends and the samples between: a steep, narrow tower is a few dozen points", () => {
    const plot = plotTower(0.5, 0.5, 0.5 + 1 / 60, 200);
    const r = tailReach(0.5, 200, UNITS_PER_Y);
    // 1/60 wide plus the reach on each side, at 400 samples per unit, and the two ends.
    expect(pathVertices(plot.d)[0]!.length).toBeLessThanOrEqual(Math.ceil((1 / 60 + 2 * r) * 400) + 4);
  });

  it("writes, for a curve inside the frame, the very path plotSeries draws through every sample at its drawn value", () => {
    // plotSeries merges a level run into its ends, so the 401 samples, tails at their limits, give the same line as the
    // flat stretches' ends and the samples between; plotFlatTails writes it itself when every point lies inside.
    fc.assert(
      fc.property(
        ...towerArbitraries(0.001),
        fc.boolean(),
        (h, a, width, s, rising) => {
          const b = a + width;
          // A tower (flat at 0 on both sides), or a rising sigmoid (0 on the left, h on the right).
          const f = rising ? (x: number) => h * sigma(s * (x - a)) : tower(h, a, b, s);
          const r = tailReach(h, s, UNITS_PER_Y);
          const [lo, hi, right] = rising ? [a - r, a + r, h] : [a - r, b + r, 0];
          const plot = plotFlatTails(xs, (k) => f(xs[k]!), lo, hi, { left: 0, right }, px, py, box, label);
          const drawn = (x: number) => (x < lo ? 0 : x > hi ? right : f(x));
          const reference = plotSeries(xs, (_, k) => px(k), (x) => py(drawn(x)), box, (x) => label(f(x)), "merge");
          expect(reference.marks).toEqual([]);
          expect(plot).toEqual({ d: reference.d, marks: [] });
        },
      ),
      { numRuns: 300 },
    );
  });

  it("writes a lone sample, and coordinates of any sign, as plotSeries does", () => {
    const wide = { x0: -1000, x1: 1000, y0: -1000, y1: 1000 };
    const values = [-12.34, -0.04, -0.05, 0, 0.05, 7, 123.45, 999.96];
    for (const v of values) {
      const one = plotFlatTails([0], () => v, -1, 1, { left: 0, right: 0 }, () => v, (u) => u, wide, String);
      expect(one.d).toBe(plotSeries([0], () => v, () => v, wide, String).d);
    }
    const many = plotFlatTails(values, (k) => values[k]! / 3, -2000, 2000, { left: 0, right: 0 }, (k) => values[k]!, (u) => u, wide, String);
    expect(many.d).toBe(plotSeries(values, (v) => v, (v) => v / 3, wide, String, "merge").d);
  });

  it("marks a stretch beyond the frame with its true value and the indices of its samples", () => {
    // A tower taller than the panel: its top is beyond the frame.
    const f = tower(1.5, 0.4, 0.6, 200);
    const r = tailReach(1.5, 200, UNITS_PER_Y);
    const plot = plotFlatTails(xs, (k) => f(xs[k]!), 0.4 - r, 0.6 + r, { left: 0, right: 0 }, px, py, box, label);
    expectHonestPlot(plot.d, plot.marks, truth(f), box);
    expect(plot.marks).toHaveLength(1);
    expect(plot.marks[0]!.label).toBe("1.50");
    expect(xs[plot.marks[0]!.from]!).toBeGreaterThan(0.4);
    expect(xs[plot.marks[0]!.to]!).toBeLessThan(0.6);
  });
});
