import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { placePoint, plotSeries } from "../../../src/widgets/chart/plot-series.ts";
import { offScaleMarkup } from "../../../src/widgets/chart/off-scale-markup.ts";
import { scaleLog10 } from "../../../src/widgets/chart/log-scale.ts";
import { expectHonestPlot, pathVertices } from "../../helpers/honest-plot.ts";

const box = { x0: 10, x1: 110, y0: 20, y1: 120 };

describe("plotSeries(data, px, py, box, label)", () => {
  it("cuts a line leaving the frame where it crosses it, and marks the run with its most extreme value, at that value's x", () => {
    // y rises 0, 50, 100, 150, 200 units above the bottom; the frame is 100 high, so the last two are beyond it. The
    // 200 is at x = 10 + 25·4 = 110, the frame's right end: its arrow stands there, its label anchored inside.
    const ys = [0, 50, 100, 150, 200];
    const s = plotSeries(ys, (_, i) => 10 + 25 * i, (v) => 120 - v, box, (v) => String(v));
    expect(pathVertices(s.d)).toEqual([[[10, 120], [35, 70], [60, 20]]]);
    expect(s.marks).toEqual([{ x: 110, y: 20, edge: "top", label: "200", anchor: "end", from: 3, to: 4 }]);
  });

  it("puts the arrow of a run that starts beyond the frame at its extreme value, not where the line comes back in", () => {
    // A loss falling from 300 at x = 10 to 0 at x = 110 in steps of 25 units of x: y = 120 − 300 + 3(x − 10). Above the
    // frame (y < 20) while x < 76.7; the line comes back in there, but the 300 printed by the arrow is at x = 10.
    const xs = [10, 35, 60, 85, 110];
    const s = plotSeries(xs, (x) => x, (x) => 120 - 300 + 3 * (x - 10), box, (x) => String(300 - 3 * (x - 10)));
    expect(pathVertices(s.d)).toEqual([[[76.7, 20], [85, 45], [110, 120]]]);
    expect(s.marks).toEqual([{ x: 10, y: 20, edge: "top", label: "300", anchor: "start", from: 0, to: 2 }]);
  });

  it("puts the arrow of a run beyond a side edge at the extreme value's height", () => {
    // Out through the right edge at y = 70, furthest (x = 400) at y = 40, back in at y = 100.
    const points = [[60, 70], [200, 55], [400, 40], [60, 100]] as const;
    const s = plotSeries(points, (p) => p[0], (p) => p[1], box, (p) => `(${p[0]}, ${p[1]})`);
    expect(s.marks.map((m) => [m.edge, m.x, m.y, m.label])).toEqual([["right", 110, 40, "(400, 40)"]]);
  });

  it("splits a run beyond the frame where a step crosses the frame, so that each arrow carries a value beyond its own edge", () => {
    // In user units (y down): from inside, out over the top, straight down through the frame to below it, and back in.
    const points = [[60, 70], [60, -100], [60, 400], [60, 70]] as const;
    const s = plotSeries(points, (p) => p[0], (p) => p[1], box, (p) => `(${p[0]}, ${p[1]})`);
    expect(s.marks.map((m) => [m.edge, m.label, m.from, m.to])).toEqual([
      ["top", "(60, -100)", 1, 1],
      ["bottom", "(60, 400)", 2, 2],
    ]);
  });

  it("spaces labels by their size as drawn: a label that would meet another only at a phone's larger text is shown where the figure is wide", () => {
    // Two runs out through the right edge, their extremes 25 units apart in y. Line boxes are 1.2 em tall: 18 units at
    // a wide figure's 15-unit text (clear), 31.2 at a phone's 26 (they meet).
    const points = [[60, 60], [300, 60], [60, 85], [300, 85], [60, 100]] as const;
    const s = plotSeries(points, (p) => p[0], (p) => p[1], box, (p) => `(${p[0]}, ${p[1]})`);
    expect(s.marks.map((m) => [m.y, m.label, m.wideOnly ?? false])).toEqual([
      [60, "(300, 60)", false],
      [85, "(300, 85)", true],
    ]);
    // 13 apart: the boxes meet at 15-unit text too, so the second keeps only its arrow.
    const close = plotSeries([[60, 60], [300, 60], [60, 73], [300, 73], [60, 100]] as const, (p) => p[0], (p) => p[1], box, (p) => `(${p[0]}, ${p[1]})`);
    expect(close.marks.map((m) => m.label)).toEqual(["(300, 60)", ""]);
  });

  it("spaces labels along an edge by their width: 13 glyphs are 0.62 em each, 121 units at 15-unit text and 210 at 26", () => {
    const wide = { x0: 0, x1: 600, y0: 20, y1: 120 };
    // Two runs above the top edge, their extremes at x = 200 and x = 370: centred labels 170 apart.
    const points = [[150, 60], [200, -500], [250, 60], [370, -500], [420, 60]] as const;
    const s = plotSeries(points, (p) => p[0], (p) => p[1], wide, () => "(−5.9, −10.6)");
    expect(s.marks.map((m) => [m.x, m.label, m.wideOnly ?? false])).toEqual([
      [200, "(−5.9, −10.6)", false],
      [370, "(−5.9, −10.6)", true],
    ]);
  });

  it("never draws along the frame: random series map back within half a pixel or are marked", () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.double({ min: -300, max: 300, noNaN: true }), fc.constantFrom(Infinity, -Infinity)), { minLength: 2, maxLength: 40 }), (ys) => {
        const px = (_: number, i: number) => 10 + (100 * i) / (ys.length - 1);
        const s = plotSeries(ys, px, (v) => 120 - v, box, (v) => String(v));
        expectHonestPlot(s.d, s.marks, ys.map((v, i) => [px(v, i), Math.max(-1e7, Math.min(1e7, 120 - v))] as const), box);
      }),
    );
  });

  it("with flat \"merge\", draws a level run by its two ends and everything else as without it", () => {
    // Values 5 put y at 115; the 9 rises to 111: the two inner points of the first run lie on its line, the last run has none.
    const s = plotSeries([5, 5, 5, 5, 9, 5, 5], (_, i) => 10 + 10 * i, (v) => 120 - v, box, String, "merge");
    expect(pathVertices(s.d)).toEqual([[[10, 115], [40, 115], [50, 111], [60, 115], [70, 115]]]);
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constantFrom(0, 0, 0, 50, 150, -40), fc.double({ min: -300, max: 300, noNaN: true })), { minLength: 2, maxLength: 40 }), (ys) => {
        const px = (_: number, i: number) => 10 + (100 * i) / (ys.length - 1);
        const merged = plotSeries(ys, px, (v) => 120 - v, box, String, "merge");
        expectHonestPlot(merged.d, merged.marks, ys.map((v, i) => [px(v, i), 120 - v] as const), box);
        expect(merged.marks).toEqual(plotSeries(ys, px, (v) => 120 - v, box, String).marks);
      }),
    );
  });

  it("with flat \"merge\", keeps a point where the line turns back along its level", () => {
    const s = plotSeries([10, 60, 30], (x) => x, () => 70, box, String, "merge");
    expect(pathVertices(s.d)).toEqual([[[10, 70], [60, 70], [30, 70]]]);
  });

  it("keeps a point beyond the frame on it, with a mark", () => {
    expect(placePoint(box, 50, 500, "x")).toMatchObject({ cx: 50, cy: 120, mark: { edge: "bottom", label: "x" } });
    expect(placePoint(box, 50, 60, "x")).toEqual({ cx: 50, cy: 60, mark: null });
  });
});

describe("offScaleMarkup(marks)", () => {
  it("draws an arrow and the value, escaped, for each mark", () => {
    const html = offScaleMarkup([{ x: 5, y: 6, edge: "bottom", label: "<1e−9", anchor: "middle", from: 0, to: 0 }]);
    expect(html).toContain('transform="translate(5,6)"');
    expect(html).toContain("&#60;1e−9</text>");
  });

  it("marks a label shown only where the figure is wide, for the stylesheet to hide on a phone", () => {
    const mark = { x: 5, y: 6, edge: "bottom", label: "2", anchor: "middle", from: 0, to: 0 } as const;
    expect(offScaleMarkup([{ ...mark, wideOnly: true }])).toContain('class="chart-off-label chart-wide-only"');
    expect(offScaleMarkup([mark])).toContain('class="chart-off-label"');
  });
});

describe("scaleLog10(exponents, range)", () => {
  it("maps decades linearly, inverts, and sends zero beyond the frame", () => {
    const y = scaleLog10([-40, 5], [250, 25]);
    expect(y(1e-40)).toBeCloseTo(250, 10);
    expect(y(1e5)).toBeCloseTo(25, 10);
    expect(y(-1e-10)).toBeCloseTo(250 - (30 / 45) * 225, 10);
    expect(y.invert(25)).toBeCloseTo(1e5, 5);
    expect(y(0)).toBe(Infinity);
  });
});

describe("expectHonestPlot(d, marks, truth, box)", () => {
  it("rejects a series drawn along the frame (clamped), even when its points are marked", () => {
    const ys = [0, 50, 150, 200, 50];
    const truth = ys.map((v, i) => [10 + 25 * i, 120 - v] as const);
    const clamped = "M" + truth.map(([x, y]) => `${x},${Math.max(20, y)}`).join("L");
    const marks = [{ x: 60, y: 20, edge: "top" as const, label: "200", anchor: "middle" as const, from: 2, to: 3 }];
    expect(() => expectHonestPlot(clamped, marks, truth, box)).toThrow(/not where the true line crosses/);
    const honest = plotSeries(ys, (_, i) => 10 + 25 * i, (v) => 120 - v, box, String);
    expect(() => expectHonestPlot(honest.d, honest.marks, truth, box)).not.toThrow();
    expect(() => expectHonestPlot(honest.d, [], truth, box)).toThrow(/without a mark/);
  });
});
