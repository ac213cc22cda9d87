import { ticks, xAxisMarks } from "../chart/axis-markup.ts";
import { axisTitle, chartSvg, descriptionMark, readoutMark, yGridMarks } from "../chart/figure-marks.ts";
import { h, type Mark } from "../chart/mark.ts";
import { NARROW_FONT, offScaleLabelAreas } from "../chart/off-scale-label-area.ts";
import { offScaleMarks } from "../chart/off-scale-markup.ts";
import { formatNumber } from "../format-number.ts";
import { box, fitGeometry, frame, xScale, yScale } from "./fit-geometry.ts";
import type { FitOptions } from "./fit-options.ts";

/** The fit's figure body (SVG, readout, description) for one (w, b): what the build writes and every update joins. */
export function fitDraw(o: FitOptions, id: string): Mark[] {
  const g = fitGeometry(o);
  const { left, top, bottom } = frame;
  return [
    chartSvg("lf-svg", frame, id, [
      // A boundary beyond the axis writes its x at the frame's side, level with 0.5: that label takes the other end.
      ...yGridMarks(box, [0, 0.5, 1], yScale, String, [], offScaleLabelAreas(g.marks, NARROW_FONT)),
      ...xAxisMarks(box, ticks([-4, -2, 0, 2, 4], xScale, (v) => formatNumber(v, 0)), 20, true),
      axisTitle(left, top - 14, "p(y = 1 | x)"),
      // Kept when there is no boundary on the axis (hidden), so the figure's elements stay the same.
      h("line", { class: "lf-boundary", x1: g.boundaryX ?? left, x2: g.boundaryX ?? left, y1: top, y2: bottom, visibility: g.boundaryX === undefined ? "hidden" : null }),
      h("g", { class: "lf-points" }, g.points.map((p) => h("circle", { class: `lf-point lf-${p.label}`, r: 5, cx: p.cx, cy: p.cy }))),
      h("path", { class: "lf-curve", d: g.curvePath }),
      h("g", { class: "chart-marks" }, offScaleMarks(g.marks)),
    ]),
    readoutMark("lf-readout", g.readout),
    descriptionMark("lf", id, g.description),
  ];
}
