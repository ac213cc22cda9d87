import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { gateLstm, runLstm, runRnn } from "../../../src/grad/recurrent.ts";
import { formatNumber } from "../../../src/widgets/format-number.ts";
import { lstmDraw } from "../../../src/widgets/lstm-gradient/lstm-draw.ts";
import { box, inputs, lstmGeometry, xScale, yScale } from "../../../src/widgets/lstm-gradient/lstm-geometry.ts";
import { lstmOptions, lstmSpecs } from "../../../src/widgets/lstm-gradient/lstm-options.ts";
import { mount } from "../../../src/widgets/lstm-gradient/lstm-gradient.ts";
import { drawnArrows, expectArrowsDrawn, marksWithClass } from "../../helpers/drawn-marks.ts";
import { expectHonestPlot, expectHonestPoint } from "../../helpers/honest-plot.ts";
import { markTexts } from "../../helpers/mark-texts.ts";
import { expectOneDrawPath } from "../../helpers/one-draw-path.ts";
import { optionsFrom } from "../../helpers/option-arbitrary.ts";

const options = optionsFrom(lstmSpecs);

// The true values are the recurrences' own (tested against finite differences in test/grad); here the question is the drawing.
describe("lstmDraw(options, id)", () => {
  // Dozens of random states: a limit for a loaded machine, not a speed test.
  it("for random options, both drawn curves and dots map back to their values within half a pixel, or are marked off-scale with an arrow and the value", { timeout: 60_000 }, () => {
    fc.assert(
      fc.property(options, (input) => {
        const o = lstmOptions(input);
        const g = lstmGeometry(o);
        const marks = lstmDraw(o, "t");
        const xs = inputs.slice(0, o.steps);
        const lstm = runLstm(gateLstm(o.forget, o.recurrent), xs).dcDc0;
        const rnn = runRnn(o.rnnWeight, 1, xs).dhDh0;
        const arrows = drawnArrows(marks);
        expect(arrows).toEqual(g.marks.map(({ x, y, edge, label }) => ({ x, y, edge, label })));
        const drawn = (cls: string, tag: string) => marksWithClass(marks, cls).find((m) => m.tag === tag)!;
        const truth = (series: readonly number[]) => series.map((v, t) => [xScale(t), yScale(v)] as const);
        expectHonestPlot(String(drawn("lg-lstm", "path").attrs.d), g.lstmMarks, truth(lstm), box);
        expectHonestPlot(String(drawn("lg-rnn", "path").attrs.d), g.rnnMarks, truth(rnn), box);
        expectArrowsDrawn(arrows, [...g.lstmMarks, ...g.rnnMarks]);
        // A dot beyond the frame has an arrow with its value: its own beside it, or its curve's where the curve leaves the frame.
        const last = lstm.length - 1;
        for (const [cls, series] of [["lg-lstm", lstm], ["lg-rnn", rnn]] as const) {
          const dot = drawn(cls, "circle");
          const [cx, cy] = [Number(dot.attrs.cx), Number(dot.attrs.cy)];
          const mark = g.marks.find((m) => (Math.abs(m.x - cx) < 1 && Math.abs(m.y - cy) < 1) || m.label === formatNumber(series[last]!, 2));
          expectHonestPoint(cx, cy, mark, [xScale(o.steps), yScale(series[last]!)], box);
        }
        expect(markTexts(marks).join(" ")).not.toMatch(/-\d|NaN|Infinity/);
      }),
      { seed: 7, numRuns: 60 },
    );
  });

  // Dozens of mounts and redraws: a limit for a loaded machine, not a speed test.
  it("is the one draw path: the build's figure is adopted on mount and every update draws what the build would", { timeout: 60_000 }, () => {
    expectOneDrawPath(mount, lstmDraw, options, (i) => lstmOptions(i));
  });
});
