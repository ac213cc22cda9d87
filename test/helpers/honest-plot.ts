import { expect } from "vitest";
import type { ChartBox } from "../../src/widgets/chart/chart-box.ts";
import type { OffScaleMark } from "../../src/widgets/chart/plot-series.ts";

/** The vertices of an SVG path made of M, L and h0 commands, one array per subpath. */
export function pathVertices(d: string): [number, number][][] {
  const lines: [number, number][][] = [];
  for (const [, cmd, args] of d.matchAll(/([MLh])([^MLh]*)/g)) {
    if (cmd === "h") continue;
    const [x, y] = args!.split(",").map(Number) as [number, number];
    if (cmd === "M") lines.push([]);
    lines.at(-1)!.push([x, y]);
  }
  return lines;
}

const HALF_PIXEL = 0.5;
// Coordinates are written to a tenth of a unit; a vertex on the frame is on it to that precision.
const ON_EDGE = 0.06;

/**
 * Asserts that a drawn series tells the truth: every sample inside the frame is drawn within half a pixel of where its
 * true value maps (a vertex of the path there, or a point of a level run of the path, which a plot may draw by its
 * ends), every sample beyond the frame is covered by an off-scale mark, every other vertex is a cut on the frame, and
 * no stretch of the path runs along the frame (what clamping draws).
 */
export function expectHonestPlot(d: string, marks: readonly OffScaleMark[], exact: readonly (readonly [number, number])[], box: ChartBox): void {
  // An infinite position (log 0) is a vertical line far beyond any frame.
  const far = (v: number) => Math.max(-1e7, Math.min(1e7, v));
  const truth = exact.map(([x, y]) => [far(x), far(y)] as const);
  const failures: string[] = [];
  const vertices = pathVertices(d);
  const all = vertices.flat();
  const inside = ([x, y]: readonly [number, number]) =>
    x >= box.x0 - HALF_PIXEL && x <= box.x1 + HALF_PIXEL && y >= box.y0 - HALF_PIXEL && y <= box.y1 + HALF_PIXEL;
  const onEdge = ([x, y]: readonly [number, number]) =>
    Math.abs(x - box.x0) < ON_EDGE || Math.abs(x - box.x1) < ON_EDGE || Math.abs(y - box.y0) < ON_EDGE || Math.abs(y - box.y1) < ON_EDGE;
  // Points by whole unit of x, so that looking one up costs a few comparisons, not a scan.
  const byX = (points: readonly (readonly [number, number])[]) => {
    const m = new Map<number, (readonly [number, number])[]>();
    for (const p of points) {
      const k = Math.round(p[0]);
      if (!m.has(k)) m.set(k, []);
      m.get(k)!.push(p);
    }
    return (q: readonly [number, number]) =>
      [-1, 0, 1].some((o) => (m.get(Math.round(q[0]) + o) ?? []).some((p) => Math.abs(p[0] - q[0]) <= HALF_PIXEL && Math.abs(p[1] - q[1]) <= HALF_PIXEL));
  };
  const drawnAt = byX(all);
  const sampleAt = byX(truth.filter((t) => Number.isFinite(t[0])));
  // The path's level runs (a plot may merge the samples along one into its two ends), by whole unit of x they cover.
  const levels = new Map<number, (readonly [number, number, number])[]>();
  for (const line of vertices)
    for (let k = 1; k < line.length; k++) {
      const [a, b] = [line[k - 1]!, line[k]!];
      if (a[1] !== b[1]) continue;
      const [lo, hi] = [Math.min(a[0], b[0]), Math.max(a[0], b[0])];
      for (let u = Math.floor(lo); u <= Math.ceil(hi); u++) levels.set(u, [...(levels.get(u) ?? []), [lo, hi, a[1]]]);
    }
  const onLevel = (q: readonly [number, number]) => (levels.get(Math.round(q[0])) ?? []).some(([lo, hi, y]) => q[0] >= lo && q[0] <= hi && Math.abs(q[1] - y) <= HALF_PIXEL);
  truth.forEach((t, i) => {
    if (Number.isNaN(t[0]) || Number.isNaN(t[1])) return;
    if (inside(t)) {
      const hit = drawnAt(t) || onLevel(t);
      if (truth.length > 1 && !hit) failures.push(`sample ${i} at (${t[0]}, ${t[1]}) is inside the frame but not drawn there`);
    } else {
      if (!marks.some((m) => m.from <= i && i <= m.to)) failures.push(`sample ${i} at (${t[0]}, ${t[1]}) is beyond the frame without a mark`);
    }
  });
  const toSegment = (v: readonly [number, number], a: readonly [number, number], b: readonly [number, number]) => {
    const [dx, dy] = [b[0] - a[0], b[1] - a[1]];
    const t = Math.max(0, Math.min(1, ((v[0] - a[0]) * dx + (v[1] - a[1]) * dy) / (dx * dx + dy * dy || 1)));
    return Math.hypot(v[0] - (a[0] + t * dx), v[1] - (a[1] + t * dy));
  };
  for (const v of all) {
    if (!inside(v)) failures.push(`vertex (${v}) is drawn outside the frame`);
    const isSample = sampleAt(v);
    if (isSample) continue;
    // A cut: on the frame, and on the straight line between two neighbouring true points (not pulled onto the frame).
    if (!onEdge(v)) failures.push(`vertex (${v}) is neither a sample's true place nor a cut on the frame`);
    const onTrueLine = truth.some((t, i) => i > 0 && toSegment(v, truth[i - 1]!, t) <= HALF_PIXEL);
    if (!onTrueLine) failures.push(`vertex (${v}) on the frame is not where the true line crosses it`);
  }
  // One assertion for the whole series: the first failure names the point.
  if (failures.length) throw new Error(failures[0]);
}

/** Asserts that a single drawn point (a probe's dot) is where its true value maps, or on the frame with a mark. */
export function expectHonestPoint(cx: number, cy: number, mark: OffScaleMark | null | undefined, truth: readonly [number, number], box: ChartBox): void {
  const inside = truth[0] >= box.x0 - HALF_PIXEL && truth[0] <= box.x1 + HALF_PIXEL && truth[1] >= box.y0 - HALF_PIXEL && truth[1] <= box.y1 + HALF_PIXEL;
  if (inside) {
    expect(Math.abs(cx - truth[0])).toBeLessThanOrEqual(HALF_PIXEL);
    expect(Math.abs(cy - truth[1])).toBeLessThanOrEqual(HALF_PIXEL);
  } else {
    expect(mark, `the point (${truth}) is beyond the frame without a mark`).toBeTruthy();
    expect(cx >= box.x0 && cx <= box.x1 && cy >= box.y0 && cy <= box.y1).toBe(true);
  }
}
