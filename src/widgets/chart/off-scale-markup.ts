import { h, toMarkup, type Mark } from "./mark.ts";
import type { OffScaleMark } from "./plot-series.ts";
import { LABEL_GAP, labelNudge } from "./off-scale-label-area.ts";

/** An arrowhead with its tip on the frame, pointing out through the edge, and where its label sits (inside the frame). */
const SHAPES = {
  bottom: { arrow: "M0,0l-5,-9h10z", x: 0, y: -LABEL_GAP, dy: "0" },
  top: { arrow: "M0,0l-5,9h10z", x: 0, y: LABEL_GAP, dy: "0.8em" },
  left: { arrow: "M0,0l9,-5v10z", x: LABEL_GAP, y: 0, dy: "0.32em" },
  right: { arrow: "M0,0l-9,-5v10z", x: -LABEL_GAP, y: 0, dy: "0.32em" },
} as const;

/** The marks of values beyond a frame: one arrow and its value each (the value left off where another's would crowd it). */
export function offScaleMarks(marks: readonly OffScaleMark[]): Mark[] {
  return marks.map((m) => {
    const s = SHAPES[m.edge];
    const nudge = labelNudge(m);
    return h("g", { class: `chart-off chart-off-${m.edge}`, transform: `translate(${m.x},${m.y})` }, [
      h("path", { class: "chart-off-arrow", d: s.arrow }),
      m.label ? h("text", { class: m.wideOnly ? "chart-off-label chart-wide-only" : "chart-off-label", x: s.x + nudge, y: s.y, dy: s.dy, "text-anchor": m.anchor }, m.label) : null,
    ]);
  });
}

/** The same marks as markup, for the widgets that patch their figure. */
export function offScaleMarkup(marks: readonly OffScaleMark[]): string {
  return toMarkup(offScaleMarks(marks), true);
}
