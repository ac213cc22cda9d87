import { chartSvg, descriptionMark, legendMarks, readoutMark, yGridMarks } from "../chart/figure-marks.ts";
import { h, type Mark } from "../chart/mark.ts";
import { ticks, xAxisMarks } from "../chart/axis-markup.ts";
import { offScaleMarks } from "../chart/off-scale-markup.ts";
import { NARROW_FONT, offScaleLabelArea } from "../chart/off-scale-label-area.ts";
import { ZIGZAG_TARGET } from "../../grad/zigzag.ts";
import { trueMinus } from "../format-number.ts";
import { box, frame, w1Scale, w2Scale, zigzagGeometry } from "./zigzag-geometry.ts";
import type { ZigzagOptions } from "./zigzag-options.ts";

/** The gridlines of weight space: w₁ across, w₂ up. */
const W1_TICKS = [-0.5, 0, 0.5, 1, 1.5];
const W2_TICKS = [-1.5, -1, -0.5, 0, 0.5];

/** The zig-zag's figure body (SVG, legend, readout, description) for one state: what the build writes and every update joins. */
export function zigzagDraw(o: ZigzagOptions, id: string): Mark[] {
  const g = zigzagGeometry(o);
  const { left, size, top } = frame;
  const label = (v: number) => trueMinus(String(v));
  const { cx, cy } = g.target;
  const marks = g.runs.flatMap((r) => r.marks);
  // On a phone the w₂ labels move inside the frame, where a diverging path's off-scale values stand: each takes the end
  // of its gridline clear of the values shown there.
  const values = marks.filter((m) => m.label && !m.wideOnly).map((m) => offScaleLabelArea(m, NARROW_FONT));
  return [
    chartSvg("zz-svg", frame, id, [
      ...W1_TICKS.map((v) => h("line", { class: "chart-grid", x1: w1Scale(v), x2: w1Scale(v), y1: box.y0, y2: box.y1 })),
      // The chart layer's x labels: the ends anchored inside the frame and hung below it by their size, clear of the w₂ labels at the corners.
      ...xAxisMarks(box, ticks(W1_TICKS, w1Scale, label)),
      ...yGridMarks(box, W2_TICKS, w2Scale, label, [], values),
      h("text", { class: "chart-axis", x: left + size + 8, y: w2Scale(0), dy: "0.32em" }, "w₁"),
      h("text", { class: "chart-axis", x: w1Scale(0), y: top, dy: "-0.2em", "text-anchor": "middle" }, "w₂"),
      ...g.runs.flatMap((r) => [h("path", { class: `zz-path zz-${r.name}`, d: r.path }), h("circle", { class: `zz-dot zz-${r.name}`, r: 5, cx: r.cx, cy: r.cy })]),
      // Drawn after the dots: a path that reaches the target ends on it, and its dot would hide the cross.
      h("path", { class: "zz-target", d: `M${cx - 8},${cy}h16M${cx},${cy - 8}v16` }),
      h("g", { class: "chart-marks" }, offScaleMarks(marks)),
    ]),
    legendMarks([
      { cls: "zz-positive", label: "all-positive inputs" },
      { cls: "zz-centred", label: `zero-centred inputs; the cross is the target (${ZIGZAG_TARGET.map(label).join(", ")})` },
    ]),
    readoutMark("zz-readout", g.readout),
    descriptionMark("zz", id, g.description),
  ];
}
