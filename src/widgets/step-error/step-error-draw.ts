import { ticks, xAxisMarks } from "../chart/axis-markup.ts";
import { axisTitle, axisTitleArea, chartSvg, descriptionMark, dotArea, legendMarks, readoutMark, yGridMarks } from "../chart/figure-marks.ts";
import { h, type Mark } from "../chart/mark.ts";
import { offScaleMarks } from "../chart/off-scale-markup.ts";
import { trueMinus } from "../format-number.ts";
import { box, frame, stepErrorGeometry, xScale, yScale, type MethodGeometry, type StepErrorGeometry } from "./step-error-geometry.ts";
import type { StepErrorOptions } from "./step-error-options.ts";

const SUPERSCRIPT = "⁰¹²³⁴⁵⁶⁷⁸⁹";
const power = (k: number) => "10" + (k < 0 ? "⁻" : "") + [...String(Math.abs(k))].map((d) => SUPERSCRIPT[Number(d)]).join("");

const TITLE = "relative error";
const TITLE_AREA = axisTitleArea(box.x0 + 6, box.y0 + 12, TITLE);

// The x axis, titles and legend are the same in every state: made once, so that a live update (the join skips a mark it applied last time) compares only what moves.
const AXES = [
  ...xAxisMarks(box, ticks([-12, -10, -8, -6, -4, -2], xScale, power)),
  // Under the x labels, and hung below the frame as they are (chart.css), so that the larger phone text keeps them apart.
  h("text", { class: "chart-axis chart-below", x: box.x1, y: frame.height - 4, "text-anchor": "end" }, "step size ε"),
  axisTitle(box.x0 + 6, box.y0 + 12, TITLE),
];
const LEGEND = legendMarks([
  { cls: "se-forward", label: "forward difference" },
  { cls: "se-central", label: "central difference; hollow dots mark each one's best ε" },
]);

/** One method's curve, its best step's hollow dot and its dot at the chosen ε. */
const methodMarks = (m: MethodGeometry, cls: string): Mark[] => [
  h("path", { class: `se-curve ${cls}`, d: m.path }),
  h("circle", { class: `se-best ${cls}`, r: 5, cx: m.best.cx, cy: m.best.cy }),
  h("circle", { class: `se-at ${cls}`, r: 6, cx: m.at.cx, cy: m.at.cy }),
];

/** The step-error figure body (SVG, legend, readout, description) for one state: what the build writes and every update joins. */
export function stepErrorDraw(o: StepErrorOptions, id: string): Mark[] {
  const g = stepErrorGeometry(o);
  return [
    chartSvg("se-svg", frame, id, [
      // The dots are painted over the y labels: a label keeps to the end of its gridline they leave clear.
      ...yGridMarks(box, [-16, -12, -8, -4, 0], yScale, power, [g.forward, g.central].flatMap((m) => [dotArea(m.at.cx, m.at.cy, 6), dotArea(m.best.cx, m.best.cy, 5)]), [TITLE_AREA]),
      ...AXES,
      h("line", { class: "se-eps", x1: g.epsX, x2: g.epsX, y1: box.y0, y2: box.y1 }),
      ...methodMarks(g.forward, "se-forward"),
      ...methodMarks(g.central, "se-central"),
      h("g", { class: "chart-marks" }, offScaleMarks(g.marks)),
    ]),
    LEGEND,
    readoutMark("se-readout", stepErrorReadout(g)),
    descriptionMark("se", id, g.description),
  ];
}

/** The errors at the chosen ε, as one line of text. */
function stepErrorReadout(g: StepErrorGeometry): string {
  const e = (v: number) => trueMinus(v.toExponential(2));
  return `ε\u00a0=\u00a0${e(g.forward.at.eps)} · forward\u00a0error\u00a0${e(g.forward.at.error)} · central\u00a0error\u00a0${e(g.central.at.error)}`;
}
