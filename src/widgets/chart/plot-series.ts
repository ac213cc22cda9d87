import { round } from "../svg-path.ts";
import { outside, type ChartBox } from "./chart-box.ts";

/** An edge of the frame. */
export type Edge = "top" | "bottom" | "left" | "right";

/** A run of data beyond the frame: an arrow at the frame where the data leaves it, pointing out, with the run's most extreme value. */
export interface OffScaleMark {
  readonly x: number;
  readonly y: number;
  readonly edge: Edge;
  readonly label: string;
  /** How the label is anchored, so that it stays inside the frame. */
  readonly anchor: "start" | "middle" | "end";
  /** The first and last index of the data the mark stands for. */
  readonly from: number;
  readonly to: number;
}

/** A series as drawn: its path, clipped at the frame, and a mark for every run of points beyond it. */
export interface PlottedSeries {
  readonly d: string;
  readonly marks: readonly OffScaleMark[];
}

// Stand-in for an infinite coordinate (log 0) so that clipping stays finite: far beyond any frame.
const FAR = 1e7;
const finite = (v: number) => (v === Infinity ? FAR : v === -Infinity ? -FAR : v);
// A coordinate within half a pixel beyond the frame is on it: moved onto it, so that clipping keeps it.
const snap = (v: number, lo: number, hi: number) => (v < lo && v >= lo - 0.5 ? lo : v > hi && v <= hi + 0.5 ? hi : v);

/** The part of the segment a→b inside the box, as parameters [t0, t1] along it (Liang–Barsky), or null. */
function clip(box: ChartBox, ax: number, ay: number, bx: number, by: number): [number, number] | null {
  let t0 = 0;
  let t1 = 1;
  // One edge: p is the direction's component across it, q the distance inside it (written out: a loop over arrays allocates per segment).
  const edge = (p: number, q: number): boolean => {
    if (p === 0) return q >= 0;
    const r = q / p;
    if (p < 0) t0 = Math.max(t0, r);
    else t1 = Math.min(t1, r);
    return true;
  };
  const dx = bx - ax;
  const dy = by - ay;
  if (!edge(-dx, ax - box.x0) || !edge(dx, box.x1 - ax) || !edge(-dy, ay - box.y0) || !edge(dy, box.y1 - ay)) return null;
  return t0 <= t1 ? [t0, t1] : null;
}

/** The edge a point on (or near) the frame lies on. */
function edgeAt(box: ChartBox, x: number, y: number): Edge {
  const d = { top: Math.abs(y - box.y0), bottom: Math.abs(y - box.y1), left: Math.abs(x - box.x0), right: Math.abs(x - box.x1) };
  return (Object.keys(d) as Edge[]).reduce((a, b) => (d[b] < d[a] ? b : a));
}

/** Where an off-scale label goes: centred on its arrow unless that would cross the frame's side. */
function anchorAt(box: ChartBox, edge: Edge, x: number): OffScaleMark["anchor"] {
  if (edge === "left") return "start";
  if (edge === "right") return "end";
  return x - box.x0 < 48 ? "start" : box.x1 - x < 48 ? "end" : "middle";
}

/** A mark at a point on the frame, on the given edge or else the nearest one. */
function markAt(box: ChartBox, x: number, y: number, label: string, from: number, to: number, beyond?: Edge | null): OffScaleMark {
  const cx = round(Math.min(box.x1, Math.max(box.x0, x)));
  const cy = round(Math.min(box.y1, Math.max(box.y0, y)));
  const edge = beyond ?? edgeAt(box, cx, cy);
  return { x: cx, y: cy, edge, label, anchor: anchorAt(box, edge, cx), from, to };
}

// Two labels on one edge closer than this (user units) would overlap: one keeps its label, the other only its arrow.
const LABEL_ROOM = 160;
const crowds = (a: OffScaleMark, b: OffScaleMark) => a.edge === b.edge && Math.hypot(a.x - b.x, a.y - b.y) < LABEL_ROOM;

/**
 * Plots data as a polyline in the box: the parts inside are drawn exactly, a part beyond the frame is cut where it
 * crosses the frame (never drawn along it), and each run of points beyond the frame gets a mark with its most
 * extreme value, labelled by label(d, i). NaN breaks the line.
 */
export function plotSeries<T>(
  data: readonly T[],
  px: (d: T, i: number) => number,
  py: (d: T, i: number) => number,
  box: ChartBox,
  label: (d: T, i: number) => string,
): PlottedSeries {
  const pts = data.map((d, i) => [snap(finite(px(d, i)), box.x0, box.x1), snap(finite(py(d, i)), box.y0, box.y1)] as const);
  const broken = (i: number) => Number.isNaN(pts[i]![0]) || Number.isNaN(pts[i]![1]);
  let d = "";
  let open = false;
  let [lastX, lastY] = [NaN, NaN];
  const exits: (readonly [number, number] | null)[] = [];
  const entries: (readonly [number, number] | null)[] = [];
  for (let i = 1; i < pts.length; i++) {
    if (broken(i - 1) || broken(i)) {
      open = false;
      continue;
    }
    const [ax, ay] = pts[i - 1]!;
    const [bx, by] = pts[i]!;
    const t = clip(box, ax, ay, bx, by);
    if (!t) {
      open = false;
      continue;
    }
    const start = [ax + (bx - ax) * t[0], ay + (by - ay) * t[0]] as const;
    const end = [ax + (bx - ax) * t[1], ay + (by - ay) * t[1]] as const;
    const [sx, sy, ex, ey] = [round(start[0]), round(start[1]), round(end[0]), round(end[1])];
    if (!open || t[0] > 0) d += `M${sx},${sy}`;
    // A segment that only touches the frame is drawn as a point (it keeps a lone sample on the frame visible), once.
    if (!open || t[0] > 0 || ex !== lastX || ey !== lastY) d += `L${ex},${ey}`;
    [lastX, lastY] = [ex, ey];
    open = t[1] === 1;
    if (t[1] < 1) exits[i] = end;
    if (t[0] > 0) entries[i - 1] = start;
  }
  if (pts.length === 1 && !broken(0) && !outside(box, ...pts[0]!)) d = `M${round(pts[0]![0])},${round(pts[0]![1])}h0`;
  const overshoot = (k: number) => {
    const [x, y] = pts[k]!;
    return Math.max(box.y0 - y, y - box.y1, box.x0 - x, x - box.x1);
  };
  const marks: OffScaleMark[] = [];
  for (let i = 0; i < pts.length; i++) {
    if (broken(i) || !outside(box, pts[i]![0], pts[i]![1])) continue;
    let j = i;
    while (j + 1 < pts.length && !broken(j + 1) && outside(box, pts[j + 1]![0], pts[j + 1]![1])) j++;
    let far = i;
    for (let k = i; k <= j; k++) if (overshoot(k) > overshoot(far)) far = k;
    const where = exits[i] ?? entries[j] ?? pts[far]!;
    const mark = markAt(box, where[0], where[1], label(data[far]!, far), i, j);
    // A path that leaves the frame again and again (a diverging descent) keeps every arrow but only labels with room.
    marks.push(marks.some((m) => m.label && crowds(m, mark)) ? { ...mark, label: "" } : mark);
    i = j;
  }
  return { d, marks };
}

/** A single point (a probe's dot) kept inside the box: drawn at the frame, with a mark, when its value lies beyond it. */
export function placePoint(box: ChartBox, x: number, y: number, label: string): { cx: number; cy: number; mark: OffScaleMark | null } {
  const [fx, fy] = [finite(x), finite(y)];
  const cx = round(Math.min(box.x1, Math.max(box.x0, fx)));
  const cy = round(Math.min(box.y1, Math.max(box.y0, fy)));
  // The arrow points through the edge the value lies beyond, even where the dot sits in a corner of the frame.
  const beyond = outside(box, fx, fy);
  return { cx, cy, mark: beyond ? markAt(box, fx, fy, label, 0, 0, beyond) : null };
}


/** The marks to draw: every curve's, and each point's own unless a curve's mark already carries its value; a curve's label that would crowd a point's is left off. */
export function mergeMarks(curveMarks: readonly OffScaleMark[], pointMarks: readonly (OffScaleMark | null)[]): OffScaleMark[] {
  const points = pointMarks.filter((m): m is OffScaleMark => m !== null && !curveMarks.some((c) => c.label === m.label));
  return [...curveMarks.map((c) => (points.some((p) => crowds(c, p)) ? { ...c, label: "" } : c)), ...points];
}
