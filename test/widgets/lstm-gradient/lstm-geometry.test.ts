import fc from "fast-check";
import { describe, it } from "vitest";
import { gateLstm, runLstm, runRnn } from "../../../src/grad/recurrent.ts";
import { box, inputs, lstmGeometry, xScale, yScale } from "../../../src/widgets/lstm-gradient/lstm-geometry.ts";
import { lstmOptions, lstmSpecs } from "../../../src/widgets/lstm-gradient/lstm-options.ts";
import type { OffScaleMark } from "../../../src/widgets/chart/plot-series.ts";
import { expectHonestPlot, expectHonestPoint } from "../../helpers/honest-plot.ts";

const spec = (k: keyof typeof lstmSpecs) => fc.double({ min: lstmSpecs[k].min, max: lstmSpecs[k].max, noNaN: true });

// The true values are the recurrences' own (tested against finite differences in test/grad); here the question is the drawing.
describe("lstmGeometry(options) as drawn", () => {
  it("for random options, both curves and dots map back to their values within half a pixel, or are marked off-scale", () => {
    fc.assert(
      fc.property(fc.record({ steps: spec("steps"), forget: spec("forget"), recurrent: spec("recurrent"), rnnWeight: spec("rnnWeight") }), (input) => {
        const o = lstmOptions(input);
        const g = lstmGeometry(o);
        const xs = inputs.slice(0, o.steps);
        const lstm = runLstm(gateLstm(o.forget, o.recurrent), xs).dcDc0;
        const rnn = runRnn(o.rnnWeight, 1, xs).dhDh0;
        const at = (v: number) => [xScale(o.steps), yScale(v)] as const;
        expectHonestPlot(g.lstmPath, g.lstmMarks, lstm.map((v, t) => [xScale(t), yScale(v)] as const), box);
        expectHonestPlot(g.rnnPath, g.rnnMarks, rnn.map((v, t) => [xScale(t), yScale(v)] as const), box);
        // A dot beyond the frame has its own mark, or sits at the end of its curve's marked run.
        const last = lstm.length - 1;
        const mark = (own: readonly OffScaleMark[], cy: number) => g.marks.find((m) => m.x === g.cx && Math.abs(m.y - cy) < 1) ?? own.find((m) => m.to === last);
        expectHonestPoint(g.cx, g.cyLstm, mark(g.lstmMarks, g.cyLstm), at(lstm[last]!), box);
        expectHonestPoint(g.cx, g.cyRnn, mark(g.rnnMarks, g.cyRnn), at(rnn[last]!), box);
      }),
      { numRuns: 60 },
    );
  });
});
