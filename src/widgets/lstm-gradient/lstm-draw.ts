import { ticks, xAxisMarks } from "../chart/axis-markup.ts";
import { axisTitleArea, chartSvg, descriptionMark, legendMarks, readoutMark, yGridMarks } from "../chart/figure-marks.ts";
import { h, type Mark } from "../chart/mark.ts";
import { offScaleMarks } from "../chart/off-scale-markup.ts";
import { formatPower } from "../format-number.ts";
import { box, frame, lstmGeometry, xScale, yScale } from "./lstm-geometry.ts";
import type { LstmOptions } from "./lstm-options.ts";

const TITLE_AT = { x: box.x0 + 6, y: box.y0 + 14 };
const NARROW_TITLE = "share reaching step t";
const title = (cls: string, text: string) => h("text", { class: `chart-axis ${cls}`, ...TITLE_AT }, text);
// The x axis, titles and legend are the same in every state: made once, so that a live update (the join skips a mark it
// applied last time) compares only what moves. The y labels follow the curves (which end of their gridline they sit at).
const AXES = [
  ...xAxisMarks(box, ticks([0, 25, 50, 75, 100], xScale, String), 20),
  title("chart-wide-only", "share of a change at step 0 that reaches step t"),
  title("chart-narrow-only", NARROW_TITLE),
];
const TITLE_AREA = axisTitleArea(TITLE_AT.x, TITLE_AT.y, NARROW_TITLE);
const LEGEND = legendMarks([
  { cls: "lg-lstm", label: "LSTM cell state" },
  { cls: "lg-rnn", label: "tanh RNN" },
]);

/** The comparison's figure body (SVG, legend, readout, description) for one setting: what the build writes and every update joins. */
export function lstmDraw(o: LstmOptions, id: string): Mark[] {
  const g = lstmGeometry(o);
  return [
    chartSvg("lg-svg", frame, id, [
      ...yGridMarks(box, [-40, -30, -20, -10, 0], (e) => yScale(10 ** e), formatPower, g.points, [TITLE_AREA]),
      ...AXES,
      h("path", { class: "lg-rnn", d: g.rnnPath }),
      h("path", { class: "lg-lstm", d: g.lstmPath }),
      h("circle", { class: "lg-dot lg-rnn", r: 5, cx: g.cx, cy: g.cyRnn }),
      h("circle", { class: "lg-dot lg-lstm", r: 5, cx: g.cx, cy: g.cyLstm }),
      h("g", { class: "chart-marks" }, offScaleMarks(g.marks)),
    ]),
    LEGEND,
    readoutMark("lg-readout", g.readout),
    descriptionMark("lg", id, g.description),
  ];
}
