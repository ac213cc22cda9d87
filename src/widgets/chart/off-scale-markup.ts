import { h, toMarkup, type Mark } from "./mark.ts";
import type { OffScaleMark } from "./plot-series.ts";

/** An arrowhead with its tip on the frame, pointing out through the edge, and where its label sits (inside the frame). */
export const SHAPES = {
  bottom: { arrow: "M0,0l-5,-9h10z", x: 0, y: -13, dy: "0" },
  top: { arrow: "M0,0l-5,9h10z", x: 0, y: 13, dy: "0.8em" },
  left: { arrow: "M0,0l9,-5v10z", x: 13, y: 0, dy: "0.32em" },
  right: { arrow: "M0,0l-9,-5v10z", x: -13, y: 0, dy: "0.32em" },
} as const;

/** How far a label on the top or bottom edge is moved along it, away from the side it is anchored on. */
export function labelNudge(m: OffScaleMark): number {
  if (m.edge !== "top" && m.edge !== "bottom") return 0;
  return m.anchor === "start" ? -4 : m.anchor === "end" ? 4 : 0;
}

/** The marks of values beyond a frame: one arrow and its value each (the value left off where another's would crowd it). */
export function offScaleMarks(marks: readonly OffScaleMark[]): Mark[] {
  return marks.map((m) => {
    const s = SHAPES[m.edge];
    const nudge = labelNudge(m);
    return h("g", { class: `chart-off chart-off-${m.edge}`, transform: `translate(${m.x},${m.y})` }, [
      h("path", { class: "chart-off-arrow", d: s.arrow }),
      m.label ? h("text", { class: "chart-off-label", x: s.x + nudge, y: s.y, dy: s.dy, "text-anchor": m.anchor }, m.label) : null,
    ]);
  });
}

/** The same marks as markup, for the widgets that patch their figure. */
export function offScaleMarkup(marks: readonly OffScaleMark[]): string {
  return toMarkup(offScaleMarks(marks), true);
}
