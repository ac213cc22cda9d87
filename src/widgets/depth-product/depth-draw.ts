import { ticks, xAxisMarks } from "../chart/axis-markup.ts";
import { axisTitle, axisTitleArea, chartSvg, descriptionMark, dotArea, legendMarks, readoutMark, yGridMarks } from "../chart/figure-marks.ts";
import { h, type Mark } from "../chart/mark.ts";
import { NARROW_FONT, offScaleLabelAreas } from "../chart/off-scale-label-area.ts";
import { offScaleMarks } from "../chart/off-scale-markup.ts";
import { formatPower } from "../format-number.ts";
import { boundPath, boundPoints, box, depthGeometry, frame, xScale, yScale } from "./depth-geometry.ts";
import type { DepthOptions } from "./depth-options.ts";

/** The decades labelled on the y axis. */
const DECADES = [-60, -40, -20, 0, 20];
const TITLE = "product of the per-layer factors";
const titleAt = { x: frame.left + 6, y: frame.top + 14 };
const TITLE_AREA = axisTitleArea(titleAt.x, titleAt.y, TITLE);

/** The depth product's figure body (SVG, legend, readout, description) for one setting: what the build writes and every update joins. */
export function depthDraw(o: DepthOptions, id: string): Mark[] {
  const g = depthGeometry(o);
  const { top, bottom } = frame;
  const avoid = [...boundPoints, ...g.points];
  // Words over a curve: the off-scale values are text, as the title is; the dots are painted over a label, so they count as much.
  const avoidText = [TITLE_AREA, ...offScaleLabelAreas(g.marks, NARROW_FONT), dotArea(g.cx, g.cyBound, 5), dotArea(g.cx, g.cyWeighted, 5)];
  const grid = DECADES.flatMap((e) => {
    const [line, label] = yGridMarks(box, [10 ** e], yScale, () => formatPower(e), avoid, avoidText) as [Mark, Mark];
    // The gridline at 1 (a product that neither vanishes nor explodes) is drawn darker than the other decades.
    return [e === 0 ? h("line", { ...line.attrs, class: "chart-grid gd-one" }) : line, label];
  });
  return [
    chartSvg("gd-svg", frame, id, [
      ...grid,
      ...xAxisMarks(box, ticks([0, 25, 50, 75, 100], xScale, String), 20),
      axisTitle(titleAt.x, titleAt.y, TITLE),
      h("path", { class: "gd-weighted", d: g.weightedPath }),
      h("path", { class: "gd-bound", d: boundPath }),
      h("line", { class: "gd-depth", x1: g.cx, x2: g.cx, y1: top, y2: bottom }),
      h("circle", { class: "gd-dot gd-dot-bound", r: 5, cx: g.cx, cy: g.cyBound }),
      h("circle", { class: "gd-dot gd-dot-weighted", r: 5, cx: g.cx, cy: g.cyWeighted }),
      h("g", { class: "chart-marks" }, offScaleMarks(g.marks)),
    ]),
    legendMarks([
      { cls: "gd-key-bound", label: "σ′ alone, 0.25 per layer" },
      { cls: "gd-key-weighted", label: "with the weights, |w|·σ′(z) per layer" },
    ]),
    readoutMark("gd-readout", g.readout),
    descriptionMark("gd", id, g.description),
  ];
}
