import { chartSvg, descriptionMark, legendMarks, readoutMark, yGridMarks } from "../chart/figure-marks.ts";
import { h, type Mark } from "../chart/mark.ts";
import { ticks, xAxisMarks } from "../chart/axis-markup.ts";
import { offScaleMarks } from "../chart/off-scale-markup.ts";
import { NARROW_FONT, offScaleLabelArea } from "../chart/off-scale-label-area.ts";
import { ZIGZAG_TARGET } from "../../grad/zigzag.ts";
import { trueMinus } from "../format-number.ts";
import { round } from "../svg-path.ts";
import type { ChartBox } from "../chart/chart-box.ts";
import { box, frame, w1Scale, w2Scale, zigzagGeometry } from "./zigzag-geometry.ts";
import type { ZigzagOptions } from "./zigzag-options.ts";

/** The gridlines of weight space: w₁ across, w₂ up. */
const W1_TICKS = [-0.5, 0, 0.5, 1, 1.5];
const W2_TICKS = [-1.5, -1, -0.5, 0, 0.5];

// What no state changes, made once: the same marks on every update, so the join skips them without comparing them.
const label = (v: number) => trueMinus(String(v));
const W1_GRID = W1_TICKS.map((v) => h("line", { class: "chart-grid", x1: w1Scale(v), x2: w1Scale(v), y1: box.y0, y2: box.y1 }));
// The chart layer's x labels: the ends anchored inside the frame and hung below it by their size, clear of the w₂ labels at the corners.
const X_LABELS = xAxisMarks(box, ticks(W1_TICKS, w1Scale, label));
const AXIS_TITLES = [
  h("text", { class: "chart-axis", x: frame.left + frame.size + 8, y: w2Scale(0), dy: "0.32em" }, "w₁"),
  h("text", { class: "chart-axis", x: w1Scale(0), y: frame.top, dy: "-0.2em", "text-anchor": "middle" }, "w₂"),
];
const TARGET = (() => {
  const cx = round(w1Scale(ZIGZAG_TARGET[0]));
  const cy = round(w2Scale(ZIGZAG_TARGET[1]));
  return h("path", { class: "zz-target", d: `M${cx - 8},${cy}h16M${cx},${cy - 8}v16` });
})();
const LEGEND = legendMarks([
  { cls: "zz-positive", label: "all-positive inputs" },
  { cls: "zz-centred", label: `zero-centred inputs; the cross is the target (${ZIGZAG_TARGET.map(label).join(", ")})` },
]);

// The w₂ gridlines and labels differ only in where each label stands on a phone (its classes): each arrangement is
// kept as first made, so that an update that keeps the arrangement hands the join the same marks. At most 4 ends
// for 5 labels with a wide-only flag each: a bounded set.
const yGrids = new Map<string, Mark[]>();
function yGrid(values: readonly ChartBox[]): Mark[] {
  const made = yGridMarks(box, W2_TICKS, w2Scale, label, [], values);
  const key = made.map((m) => m.attrs["class"]).join("|");
  const kept = yGrids.get(key);
  if (kept) return kept;
  yGrids.set(key, made);
  return made;
}

// The bodies drawn lately, by state, most recently drawn last: a slider dragged back and forth (36 learning rates, 151
// steps) comes back to states drawn before, which then cost neither a plot nor new marks. Bounded, about 10 KB each.
const KEPT_BODIES = 128;
const bodies = new Map<string, Mark[]>();

/** The zig-zag's figure body (SVG, legend, readout, description) for one state: what the build writes and every update joins. */
export function zigzagDraw(o: ZigzagOptions, id: string): Mark[] {
  const key = `${o.learningRate} ${o.step} ${id}`;
  const kept = bodies.get(key);
  if (kept) {
    bodies.delete(key);
    bodies.set(key, kept);
    return kept;
  }
  const made = drawBody(o, id);
  if (bodies.size >= KEPT_BODIES) bodies.delete(bodies.keys().next().value!);
  bodies.set(key, made);
  return made;
}

/** The body for one state, made afresh. */
function drawBody(o: ZigzagOptions, id: string): Mark[] {
  const g = zigzagGeometry(o);
  const marks = g.runs.flatMap((r) => r.marks);
  // On a phone the w₂ labels move inside the frame, where a diverging path's off-scale values stand: each takes the end
  // of its gridline clear of the values shown there.
  const values = marks.filter((m) => m.label && !m.wideOnly).map((m) => offScaleLabelArea(m, NARROW_FONT));
  return [
    chartSvg("zz-svg", frame, id, [
      ...W1_GRID,
      ...X_LABELS,
      ...yGrid(values),
      ...AXIS_TITLES,
      ...g.runs.flatMap((r) => [h("path", { class: `zz-path zz-${r.name}`, d: r.path }), h("circle", { class: `zz-dot zz-${r.name}`, r: 5, cx: r.cx, cy: r.cy })]),
      // Drawn after the dots: a path that reaches the target ends on it, and its dot would hide the cross.
      TARGET,
      h("g", { class: "chart-marks" }, offScaleMarks(marks)),
    ]),
    LEGEND,
    readoutMark("zz-readout", g.readout),
    descriptionMark("zz", id, g.description),
  ];
}
