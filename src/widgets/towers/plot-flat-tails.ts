import type { ChartBox } from "../chart/chart-box.ts";
import { plotSeries, type PlottedSeries } from "../chart/plot-series.ts";

/**
 * How far (in user units, up or down the plot) a sigmoid curve's tail may be drawn from its true place: where it is
 * flatter than this, it is drawn at its limit. With coordinates written to a tenth of a unit, every drawn point stays
 * within 0.3 units, under half a pixel, of its true place.
 */
export const TAIL_TOLERANCE = 0.25;

/**
 * How far beyond a wall w the curve h·σ(s(x − w)) stays within TAIL_TOLERANCE of its limit (0 or h) on a panel of
 * `unitsPerY` user units per unit of y, and so does a tower h·(σ(s(x − a)) − σ(s(x − b))) beyond its walls (within it
 * of 0): both differ from their limit by less than |h|·e^(−s·d) at a distance d beyond the wall, since σ(−t) < e^(−t)
 * for t > 0, which is at most the tolerance for d ≥ ln(|h|·unitsPerY / tolerance) / s.
 */
export function tailReach(height: number, steepness: number, unitsPerY: number): number {
  return Math.max(0, Math.log((Math.abs(height) * unitsPerY) / TAIL_TOLERANCE) / steepness);
}

// The first index of the sorted xs whose x passes the test (xs.length when none does); the test holds from some index on.
function firstWhere(xs: readonly number[], test: (x: number) => boolean): number {
  let [lo, hi] = [0, xs.length];
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (test(xs[mid]!)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/**
 * Plots a curve sampled at the sorted xs that is flat beyond [lo, hi] (see tailReach): the samples left of lo are drawn
 * at `left`, those right of hi at `right`, and those between at value(k). Only the ends of each flat stretch and the
 * samples between reach plotSeries, so a tower a sixtieth of the plot wide is a few dozen points, not all 401. Off-scale
 * marks carry the true value of the sample farthest out, and their from and to are indices into xs.
 */
export function plotFlatTails(
  xs: readonly number[],
  value: (k: number) => number,
  lo: number,
  hi: number,
  ends: { readonly left: number; readonly right: number },
  px: (k: number) => number,
  py: (v: number) => number,
  box: ChartBox,
  label: (v: number) => string,
): PlottedSeries {
  const n = xs.length;
  const first = firstWhere(xs, (x) => x >= lo);
  const last = Math.max(first, firstWhere(xs, (x) => x > hi)) - 1;
  const drawn = (k: number) => (k < first ? ends.left : k > last ? ends.right : value(k));
  const picked: number[] = [];
  const run = (i: number, j: number) => {
    if (i > j) return;
    picked.push(i);
    if (j > i) picked.push(j);
  };
  run(0, first - 1);
  for (let k = first; k <= last; k++) picked.push(k);
  run(last + 1, n - 1);
  const plot = plotSeries(picked, (k) => px(k), (k) => py(drawn(k)), box, (k) => label(value(k)), "merge");
  return { d: plot.d, marks: plot.marks.map((m) => ({ ...m, from: picked[m.from]!, to: picked[m.to]! })) };
}
