import { ticks as tickList, xAxisMarks } from "../chart/axis-markup.ts";
import { axisTitle, chartSvg, descriptionMark, legendMarks, readoutMark, yGridMarks } from "../chart/figure-marks.ts";
import { h, type Mark } from "../chart/mark.ts";
import { offScaleMarks } from "../chart/off-scale-markup.ts";
import { formatNumber } from "../format-number.ts";
import { boxD, boxF, compareGeometry, frame, xScale, yD, yF, type CompareGeometry } from "./compare-geometry.ts";
import type { CompareOptions } from "./compare-options.ts";

/** The comparison's figure body (SVG, legend, readout, description) for one probe: what the build writes and every update joins. */
export function compareDraw(o: CompareOptions, id: string): Mark[] {
  const g = compareGeometry(o);
  const { left, top, bottom } = frame;
  return [
    chartSvg("ac-svg", frame, id, [
      ...yGridMarks(boxF, [0, 1, 4], yF, String),
      ...yGridMarks(boxD, [0, 0.25, 1], yD, String),
      ...xAxisMarks(boxD, tickList([-4, -2, 0, 2, 4], xScale, (v) => formatNumber(v, 0)), 18, true),
      axisTitle(left + 6, top.y0 + 12, "f(x)"),
      axisTitle(left + 6, bottom.y0 - 6, "f′(x)"),
      h("line", { class: "ac-probe", x1: g.cx, x2: g.cx, y1: top.y0, y2: bottom.y1 }),
      ...g.curves.flatMap((c) => [
        h("path", { class: `ac-curve ac-${c.name}`, d: c.fPath }),
        h("path", { class: `ac-curve ac-${c.name}`, d: c.dPath }),
        h("circle", { class: `ac-dot ac-f ac-${c.name}`, r: 5, cx: g.cx, cy: c.cyF }),
        h("circle", { class: `ac-dot ac-d ac-${c.name}`, r: 5, cx: g.cx, cy: c.cyD }),
      ]),
      h("g", { class: "chart-marks" }, offScaleMarks(g.marks)),
    ]),
    legendMarks(g.curves.map((c) => ({ cls: `ac-${c.name}`, label: c.name }))),
    readoutMark("ac-readout", compareReadout(g)),
    descriptionMark("ac", id, g.description),
  ];
}

/** Each activation's derivative at the probe, as one line of text. */
export function compareReadout(g: CompareGeometry): string {
  return g.curves.map((c) => `${c.name}′\u00a0=\u00a0${formatNumber(c.df)}`).join(" · ");
}
