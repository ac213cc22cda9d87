import type { ChartBox } from "./chart-box.ts";
import type { OffScaleMark } from "./plot-series.ts";

/** How far an off-scale label stands from its arrow's tip, inward (user units). */
export const LABEL_GAP = 13;
/** How far a label anchored at its start or end on the top or bottom edge is moved past its arrow, so the arrow stays clear. */
export const LABEL_NUDGE = 4;
/** Off-scale labels' largest size in user units where a 640-unit figure is narrow (chart.css: 18 to 26 below 480 px). */
export const NARROW_FONT = 26;
/** Off-scale labels' largest size in user units where a 640-unit figure is wide (chart.css: 12 to 15). */
export const WIDE_FONT = 15;

// Glyph widths of the semibold label, estimated at 0.62 em (digits and minus signs, with narrower commas and spaces).
const GLYPH = 0.62;
// The line box around the baseline that a browser reports for the text: 0.95 em above it, 0.25 em below.
const ASCENT = 0.95;
const DESCENT = 0.25;

/** How far a label on the top or bottom edge is moved along it, away from the side it is anchored on. */
export function labelNudge(m: Pick<OffScaleMark, "edge" | "anchor">): number {
  if (m.edge !== "top" && m.edge !== "bottom") return 0;
  return m.anchor === "start" ? -LABEL_NUDGE : m.anchor === "end" ? LABEL_NUDGE : 0;
}

/** The area an off-scale mark's label covers at the given font size, as off-scale-markup writes it: for labels to keep clear of each other and of other text. */
export function offScaleLabelArea(m: Pick<OffScaleMark, "x" | "y" | "edge" | "anchor" | "label">, font: number): ChartBox {
  const w = GLYPH * font * [...m.label].length;
  const x = m.x + (m.edge === "left" ? LABEL_GAP : m.edge === "right" ? -LABEL_GAP : labelNudge(m));
  const x0 = m.anchor === "start" ? x : m.anchor === "end" ? x - w : x - w / 2;
  // The baseline, as the markup's dy puts it: 0.8 em below the gap under the top edge, on the gap above the bottom, 0.32 em below a side arrow.
  const base = m.edge === "top" ? m.y + LABEL_GAP + 0.8 * font : m.edge === "bottom" ? m.y - LABEL_GAP : m.y + 0.32 * font;
  return { x0, x1: x0 + w, y0: base - ASCENT * font, y1: base + DESCENT * font };
}

/** The areas the written labels of `marks` cover at `font`: for other text, such as y labels, to keep clear of. */
export function offScaleLabelAreas(marks: readonly OffScaleMark[], font: number): ChartBox[] {
  return marks.filter((m) => m.label !== "").map((m) => offScaleLabelArea(m, font));
}
