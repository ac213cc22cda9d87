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

// Working arrays for plotFlatTails, grown as needed and reused (the towers figure plots up to sixty towers an update):
// the picked samples' indices and their positions on the plot.
let picks = { k: new Int32Array(0), x: new Float64Array(0), y: new Float64Array(0) };

// The path being written, as ASCII bytes, and its length: one string is made from it at the end, rather than one per
// number and per piece joined (sixty towers made about 100 KB of such garbage per update).
let bytes = new Uint8Array(1024);
let written = 0;
const ascii = new TextDecoder("latin1");

function put(c: number): void {
  if (written === bytes.length) {
    const more = new Uint8Array(2 * bytes.length);
    more.set(bytes);
    bytes = more;
  }
  bytes[written++] = c;
}

// A whole number v ≥ 0, in decimal.
function putWhole(v: number): void {
  if (v >= 10) putWhole(Math.floor(v / 10));
  put(ZERO + (v % 10));
}

/** Writes a coordinate as String(round(v)) writes it (round: to a tenth), from its tenths t, without formatting a fraction. */
function putTenths(t: number): void {
  if (t < 0) {
    put(MINUS);
    t = -t;
  }
  const r = t % 10;
  putWhole((t - r) / 10);
  if (r !== 0) {
    put(POINT);
    put(ZERO + r);
  }
}

// Writes a command letter and a point in tenths.
function putPoint(command: number, tx: number, ty: number): void {
  put(command);
  putTenths(tx);
  put(COMMA);
  putTenths(ty);
}

// The characters written: the path commands M, L and h, and "-", ".", ",", "0".
const [M, L, H, MINUS, POINT, COMMA, ZERO] = [77, 76, 104, 45, 46, 44, 48];

/**
 * The path plotSeries draws (with "merge") for points that all lie inside the box: one line through them, a point on
 * the level line between its neighbours (as written, to a tenth) left out, and a repeated point written once. Written
 * here in one pass, since the towers figure draws sixty such curves per update and plotSeries' cuts and marks are not
 * needed for them; a test holds it to plotSeries' own path.
 */
function insidePath(m: number): string {
  const { x, y } = picks;
  written = 0;
  // The point before the one looked at, that one, and the one after it, in tenths.
  let prevX = Math.round(x[0]! * 10);
  let prevY = Math.round(y[0]! * 10);
  putPoint(M, prevX, prevY);
  if (m === 1) {
    // A lone point, drawn as a dot: "h0".
    put(H);
    put(ZERO);
    return ascii.decode(bytes.subarray(0, written));
  }
  let curX = Math.round(x[1]! * 10);
  let curY = Math.round(y[1]! * 10);
  let lastX = NaN;
  let lastY = NaN;
  for (let i = 1; i < m; i++) {
    const end = i + 1 === m;
    const nextX = end ? NaN : Math.round(x[i + 1]! * 10);
    const nextY = end ? NaN : Math.round(y[i + 1]! * 10);
    const level = !end && curY === prevY && curY === nextY && (curX - prevX) * (nextX - curX) > 0;
    if (!level && (curX !== lastX || curY !== lastY)) {
      putPoint(L, curX, curY);
      lastX = curX;
      lastY = curY;
    }
    prevX = curX;
    prevY = curY;
    curX = nextX;
    curY = nextY;
  }
  return ascii.decode(bytes.subarray(0, written));
}

/**
 * Plots a curve sampled at the sorted xs that is flat beyond [lo, hi] (see tailReach): the samples left of lo are drawn
 * at `left`, those right of hi at `right`, and those between at value(k). Only the ends of each flat stretch and the
 * samples between are drawn, so a tower a sixtieth of the plot wide is a few dozen points, not all 401: where they all
 * lie inside the box, by insidePath; else by plotSeries, which cuts the line at the frame and marks what lies beyond.
 * Off-scale marks carry the true value of the sample farthest out, and their from and to are indices into xs.
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
  if (picks.k.length < n) picks = { k: new Int32Array(n), x: new Float64Array(n), y: new Float64Array(n) };
  const { k: picked, x, y } = picks;
  let m = 0;
  let inside = true;
  const pick = (k: number, v: number): void => {
    picked[m] = k;
    x[m] = px(k);
    y[m] = py(v);
    inside &&= x[m]! >= box.x0 && x[m]! <= box.x1 && y[m]! >= box.y0 && y[m]! <= box.y1;
    m++;
  };
  const run = (i: number, j: number, v: number) => {
    if (i > j) return;
    pick(i, v);
    if (j > i) pick(j, v);
  };
  run(0, first - 1, ends.left);
  for (let k = first; k <= last; k++) pick(k, value(k));
  run(last + 1, n - 1, ends.right);
  if (inside) return { d: m === 0 ? "" : insidePath(m), marks: [] };
  const indices = Array.from(picked.subarray(0, m));
  const ys = Array.from(y.subarray(0, m));
  const plot = plotSeries(indices, (k) => px(k), (_, i) => ys[i]!, box, (k) => label(value(k)), "merge");
  return { d: plot.d, marks: plot.marks.map((mk) => ({ ...mk, from: indices[mk.from]!, to: indices[mk.to]! })) };
}
