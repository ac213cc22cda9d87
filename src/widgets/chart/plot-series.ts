import { round } from "../svg-path.ts";
import { outside, type ChartBox } from "./chart-box.ts";
import { NARROW_FONT, offScaleLabelArea, WIDE_FONT } from "./off-scale-label-area.ts";

/** An edge of the frame. */
export type Edge = "top" | "bottom" | "left" | "right";

/** A run of data beyond the frame: an arrow on the frame at the run's most extreme value, pointing out through the edge it lies beyond, with that value. */
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
  /** The label is shown only where the figure is wide: at a phone's larger text it would run into another's. */
  readonly wideOnly?: boolean;
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

// Where the last clip() found the segment's part inside the box begins and ends, as parameters along it: kept here,
// not returned in an array, since a series clips every one of its segments on every update.
let t0 = 0;
let t1 = 1;

/** One edge of the box for clip(): p is the direction's component across it, q the distance inside it; false when the segment runs outside it. */
function clipEdge(p: number, q: number): boolean {
  if (p === 0) return q >= 0;
  const r = q / p;
  if (p < 0) t0 = Math.max(t0, r);
  else t1 = Math.min(t1, r);
  return true;
}

/** Whether part of the segment a→b lies inside the box (Liang–Barsky); if so, that part is [t0, t1] along it. */
function clip(box: ChartBox, ax: number, ay: number, bx: number, by: number): boolean {
  t0 = 0;
  t1 = 1;
  const dx = bx - ax;
  const dy = by - ay;
  if (!clipEdge(-dx, ax - box.x0) || !clipEdge(dx, box.x1 - ax) || !clipEdge(-dy, ay - box.y0) || !clipEdge(dy, box.y1 - ay)) return false;
  return t0 <= t1;
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

const meet = (a: ChartBox, b: ChartBox) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
/** The text sizes, in user units, a figure's off-scale labels are drawn at: where it is wide, and where it is narrow. */
export interface LabelFonts {
  readonly wide: number;
  readonly narrow: number;
}
const CHART_FONTS: LabelFonts = { wide: WIDE_FONT, narrow: NARROW_FONT };

/** The label sizes of a figure whose text keeps one size in user units at every width (the size it writes on its SVG). */
export function fixedLabelFonts(font: number): LabelFonts {
  return { wide: font, narrow: font };
}

// Two labels crowd each other at a font size where their line boxes, as drawn at that size, meet.
const crowds = (a: OffScaleMark, b: OffScaleMark, font: number) => meet(offScaleLabelArea(a, font), offScaleLabelArea(b, font));

/**
 * A mark as drawn beside others already placed: its label left off where it would run into one of theirs on a wide
 * figure, and shown only where the figure is wide where it would run into one shown on a narrow figure too (a phone's
 * text is larger: on a 640-unit figure 26 units against 15).
 */
function besides(placed: readonly OffScaleMark[], mark: OffScaleMark, fonts = CHART_FONTS): OffScaleMark {
  if (!mark.label) return mark;
  if (placed.some((m) => m.label && crowds(m, mark, fonts.wide))) return { ...mark, label: "" };
  if (!mark.wideOnly && placed.some((m) => m.label && !m.wideOnly && crowds(m, mark, fonts.narrow))) return { ...mark, wideOnly: true };
  return mark;
}

// Working arrays for plotSeries, grown as needed and reused: the towers figure plots sixty series per update, and
// fresh arrays for each made a megabyte of garbage per update. plotSeries never calls itself (its callbacks are
// scales and number formats), so one set serves every call.
let buffers = { xs: new Float64Array(0), ys: new Float64Array(0), rx: new Float64Array(0), ry: new Float64Array(0), inside: new Uint8Array(0), level: new Uint8Array(0) };
function scratch(n: number): typeof buffers {
  if (buffers.xs.length < n) buffers = { xs: new Float64Array(n), ys: new Float64Array(n), rx: new Float64Array(n), ry: new Float64Array(n), inside: new Uint8Array(n), level: new Uint8Array(n) };
  return buffers;
}

/**
 * Plots data as a polyline in the box: the parts inside are drawn exactly, a part beyond the frame is cut where it
 * crosses the frame (never drawn along it), and each run of points beyond the frame gets a mark with its most
 * extreme value, labelled by label(d, i), on the frame at that value's own position along the edge, its label spaced
 * from the others' at the figure's label sizes (the chart stylesheet's by default). NaN breaks the line. With `flat` "merge", a point inside the frame that
 * lies, as written, on the level line between its neighbours is left out of the path: the same line, drawn with
 * fewer points (the towers figure's towers are flat at zero over most of their samples).
 */
export function plotSeries<T>(
  data: readonly T[],
  px: (d: T, i: number) => number,
  py: (d: T, i: number) => number,
  box: ChartBox,
  label: (d: T, i: number) => string,
  flat: "keep" | "merge" = "keep",
  fonts = CHART_FONTS,
): PlottedSeries {
  // Coordinates in two typed arrays and the loop below free of temporary arrays: the towers figure plots 24,000 points
  // per update, and allocating for each of them doubled its update's time in garbage collection.
  const n = data.length;
  const { xs, ys, rx, ry, inside, level } = scratch(n);
  for (let i = 0; i < n; i++) {
    xs[i] = snap(finite(px(data[i]!, i)), box.x0, box.x1);
    ys[i] = snap(finite(py(data[i]!, i)), box.y0, box.y1);
  }
  const broken = (i: number) => Number.isNaN(xs[i]!) || Number.isNaN(ys[i]!);
  // On the written level line between its neighbours: inside the frame (so no cut or mark depends on it), the same
  // rounded y as both, and its rounded x between theirs, so that leaving it out draws the very same line. Each point's
  // test is made once, here, from coordinates rounded once: a towers update merges 24,000 points.
  level.fill(0, 0, n);
  if (flat === "merge") {
    for (let i = 0; i < n; i++) {
      rx[i] = round(xs[i]!);
      ry[i] = round(ys[i]!);
      inside[i] = xs[i]! >= box.x0 && xs[i]! <= box.x1 && ys[i]! >= box.y0 && ys[i]! <= box.y1 ? 1 : 0;
    }
    for (let i = 1; i < n - 1; i++)
      level[i] = inside[i - 1]! && inside[i]! && inside[i + 1]! && ry[i] === ry[i - 1] && ry[i] === ry[i + 1] && (rx[i]! - rx[i - 1]!) * (rx[i + 1]! - rx[i]!) > 0 ? 1 : 0;
  }
  const merged = (i: number) => level[i] === 1;
  let d = "";
  let open = false;
  let lastX = NaN;
  let lastY = NaN;
  // p is the point the segment to i starts from: the one before i, or the last one not merged into the line.
  for (let i = 1, p = 0; i < n; p = i++) {
    if (merged(i)) {
      i++;
      while (i < n - 1 && merged(i)) i++;
    }
    if (broken(p) || broken(i)) {
      open = false;
      continue;
    }
    const ax = xs[p]!;
    const ay = ys[p]!;
    const bx = xs[i]!;
    const by = ys[i]!;
    if (!clip(box, ax, ay, bx, by)) {
      open = false;
      continue;
    }
    const startX = ax + (bx - ax) * t0;
    const startY = ay + (by - ay) * t0;
    const endX = ax + (bx - ax) * t1;
    const endY = ay + (by - ay) * t1;
    const ex = round(endX);
    const ey = round(endY);
    if (!open || t0 > 0) d += `M${round(startX)},${round(startY)}`;
    // A segment that only touches the frame is drawn as a point (it keeps a lone sample on the frame visible), once.
    if (!open || t0 > 0 || ex !== lastX || ey !== lastY) d += `L${ex},${ey}`;
    lastX = ex;
    lastY = ey;
    open = t1 === 1;
  }
  if (n === 1 && !broken(0) && !outside(box, xs[0]!, ys[0]!)) d = `M${round(xs[0]!)},${round(ys[0]!)}h0`;
  const overshoot = (k: number) => Math.max(box.y0 - ys[k]!, ys[k]! - box.y1, box.x0 - xs[k]!, xs[k]! - box.x1);
  const marks: OffScaleMark[] = [];
  for (let i = 0; i < n; i++) {
    // Most points lie inside the frame: said at once by four comparisons (false for NaN, which the full test below skips).
    if (xs[i]! >= box.x0 && xs[i]! <= box.x1 && ys[i]! >= box.y0 && ys[i]! <= box.y1) continue;
    if (broken(i) || !outside(box, xs[i]!, ys[i]!)) continue;
    // A run ends where the next point is inside, or where the step to it crosses the frame: a descent that jumps from
    // above the frame to below it is two runs, each marked on its own edge with its own value.
    let j = i;
    while (j + 1 < n && !broken(j + 1) && outside(box, xs[j + 1]!, ys[j + 1]!) && !clip(box, xs[j]!, ys[j]!, xs[j + 1]!, ys[j + 1]!)) j++;
    let far = i;
    for (let k = i; k <= j; k++) if (overshoot(k) > overshoot(far)) far = k;
    // The arrow stands where the value it prints is, moved onto the frame: a reader takes a value printed by an arrow
    // as the value there (a loss curve that starts above the frame showed its value at x = −10 where it came back in).
    const mark = markAt(box, xs[far]!, ys[far]!, label(data[far]!, far), i, j, outside(box, xs[far]!, ys[far]!));
    // A path that leaves the frame again and again (a diverging descent) keeps every arrow but only labels with room.
    marks.push(besides(marks, mark, fonts));
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


/** The marks to draw: every curve's, and each point's own unless a curve's mark already carries its value; labels that would crowd one placed before them give way, points' first. */
export function mergeMarks(curveMarks: readonly OffScaleMark[], pointMarks: readonly (OffScaleMark | null)[]): OffScaleMark[] {
  return spaceLabels([...pointMarks.filter((m): m is OffScaleMark => m !== null && !curveMarks.some((c) => c.label === m.label)), ...curveMarks]);
}

/** Marks with their labels spaced: each label that would run into one before it, at a wide or a narrow figure's text size (the chart stylesheet's by default), left off there. */
export function spaceLabels(marks: readonly OffScaleMark[], fonts = CHART_FONTS): OffScaleMark[] {
  const placed: OffScaleMark[] = [];
  for (const m of marks) placed.push(besides(placed, m, fonts));
  return placed;
}
