import { round } from "../svg-path.ts";
import type { ChartBox } from "./chart-box.ts";
import { h, toMarkup, type Mark } from "./mark.ts";

/** A tick: its position along the axis in user units, and its label. */
export interface Tick {
  readonly at: number;
  readonly label: string;
}

/** Ticks from values through a scale, labelled by a formatter. */
export function ticks(values: readonly number[], scale: (v: number) => number, label: (v: number) => string): Tick[] {
  return values.map((v) => ({ at: round(scale(v)), label: label(v) }));
}

// Every other tick of five or more (or of any number, when thin) is minor: the stylesheet hides minor labels where the figure is narrow.
const minor = (i: number, n: number, thin: boolean) => ((thin || n >= 5) && i % 2 === 1 ? " chart-minor" : "");

/**
 * Labels under the frame, at offset below its bottom. The first and last labels are anchored at the frame's ends
 * when they sit on them, so that they neither cross the figure's edge nor meet the y axis's labels at the origin.
 */
export function xAxisMarks(box: ChartBox, list: readonly Tick[], offset = 18, thin = false): Mark[] {
  return list.map((t, i) => {
    const anchor = Math.abs(t.at - box.x0) < 1 ? "start" : Math.abs(t.at - box.x1) < 1 ? "end" : "middle";
    return h("text", { class: `chart-tick chart-xtick${minor(i, list.length, thin)}`, x: t.at, y: box.y1 + offset, "text-anchor": anchor }, t.label);
  });
}

/** The same labels as markup. */
export function xAxisMarkup(box: ChartBox, list: readonly Tick[], offset = 18, thin = false): string {
  return toMarkup(xAxisMarks(box, list, offset, thin), true);
}
