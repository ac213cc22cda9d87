import { ticks, xAxisMarks } from "../chart/axis-markup.ts";
import { axisTitle, chartSvg, descriptionMark, readoutMark, yGridMarks } from "../chart/figure-marks.ts";
import { h, type Mark } from "../chart/mark.ts";
import { offScaleMarks } from "../chart/off-scale-markup.ts";
import { boxGrowth, boxHill, frame, lScale, natureGeometry, reference, tScale, yScale } from "./nature-geometry.ts";
import type { NatureOptions } from "./nature-options.ts";

const L_LABELS: Readonly<Record<number, string>> = { 0.01: "K/100", 1: "K", 100: "100K" };

/** The figure body (SVG, readout, description) for one setting: what the build writes and every update joins. */
export function natureDraw(o: NatureOptions, id: string): Mark[] {
  const g = natureGeometry(o);
  const { top, hill, growth } = frame;
  return [
    chartSvg("nc-svg", frame, id, [
      ...yGridMarks(boxHill, [0, 0.5, 1], yScale, String),
      ...yGridMarks(boxGrowth, [0, 0.5, 1], yScale, String),
      ...xAxisMarks(boxHill, ticks([0.01, 1, 100], lScale, (v) => L_LABELS[v]!), 20),
      ...xAxisMarks(boxGrowth, ticks([0, 10, 20], tScale, String), 20),
      axisTitle(hill.x0, top - 12, "θ against log L"),
      axisTitle(growth.x0, top - 12, "P/K over time"),
      h("path", { class: "nc-reference", d: reference.d }),
      h("path", { class: "nc-hill", d: g.hillPath }),
      h("path", { class: "nc-growth", d: g.growthPath }),
      h("g", { class: "chart-marks" }, offScaleMarks(g.marks)),
    ]),
    readoutMark("nc-readout", g.readout),
    descriptionMark("nc", id, g.description),
  ];
}
