import type { ChartBox } from "./chart-box.ts";
import { INSIDE_FONT } from "./figure-marks.ts";
import { labelNudge, SHAPES } from "./off-scale-markup.ts";
import type { OffScaleMark } from "./plot-series.ts";

/**
 * The areas the labelled marks' values cover at the narrowest step of chart.css (they are sized as tick labels are),
 * glyphs estimated at 0.72 em as insideLabelArea does: for y labels to keep clear of, as they keep clear of a title.
 */
export function offScaleLabelAreas(marks: readonly OffScaleMark[]): ChartBox[] {
  return marks.filter((m) => m.label !== "").map((m) => {
    const s = SHAPES[m.edge];
    const w = 0.72 * INSIDE_FONT * [...m.label].length;
    const x = m.x + s.x + labelNudge(m);
    const x0 = m.anchor === "start" ? x : m.anchor === "end" ? x - w : x - w / 2;
    const baseline = m.y + s.y + parseFloat(s.dy) * INSIDE_FONT;
    return { x0, x1: x0 + w, y0: baseline - 0.95 * INSIDE_FONT, y1: baseline + 0.25 * INSIDE_FONT };
  });
}
