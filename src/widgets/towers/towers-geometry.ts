import { scaleLinear } from "../linear-scale.ts";
import { sigmoid } from "../../grad/activations.ts";
import { approximationError, nielsenTarget, tower, towerParts, type TowerPart } from "../../grad/towers.ts";
import { towerSumWithin } from "../../grad/tower-sum-within.ts";
import { formatNumber } from "../format-number.ts";
import type { TowersOptions } from "./towers-options.ts";
import { placePoint, plotSeries, type OffScaleMark, type PlottedSeries } from "../chart/plot-series.ts";
import { round } from "../svg-path.ts";
import { plotFlatTails, tailReach } from "./plot-flat-tails.ts";

/** The sum panel's frame in SVG user units, over x in [0, 1] and y in [−0.2, 1.2]. */
export const frame = { width: 640, height: 300, left: 40, right: 16, top: 12, bottom: 270, samples: 401 };
/** The one-tower panel's frame: the same x and y ranges, shorter. */
export const oneFrame = { width: 640, height: 220, top: 12, bottom: 190 };
/** x position of a point in [0, 1]. */
export const xScale = scaleLinear().domain([0, 1]).range([frame.left, frame.width - frame.right]);
/** y position of a value on the sum panel; a value beyond the plot is cut at the frame and marked. */
export const yScale = scaleLinear().domain([-0.2, 1.2]).range([frame.bottom, frame.top]);
/** y position of a value on the one-tower panel. */
export const oneYScale = scaleLinear().domain([-0.2, 1.2]).range([oneFrame.bottom, oneFrame.top]);
/** The sum panel's plot area. */
export const box = { x0: frame.left, x1: frame.width - frame.right, y0: frame.top, y1: frame.bottom };
/** The one-tower panel's plot area. */
export const oneBox = { x0: frame.left, x1: frame.width - frame.right, y0: oneFrame.top, y1: oneFrame.bottom };

/** The x interval the towers cover, and how far an outer wall may stand beyond it (one interval's length, as by default). */
export const DOMAIN = { lo: 0, hi: 1 } as const;
/** Narrowest tower the handles make. */
export const MIN_WIDTH = 0.01;
/** Where a tower's walls and height may go with the handles. */
export const LIMITS = { edge: [DOMAIN.lo - (DOMAIN.hi - DOMAIN.lo), DOMAIN.hi + (DOMAIN.hi - DOMAIN.lo)], height: [-0.2, 1.2] } as const;

/** A handle of the tower shown: its left wall a, its right wall b, or its height h. */
export type HandleKey = "a" | "b" | "h";

/** One of the shown tower's handles as drawn: where its grip sits, and a mark when its value lies beyond the plot. */
export interface Handle {
  readonly key: HandleKey;
  readonly x: number;
  readonly y: number;
  /** The height handle's bar runs from x0 to x1 (the tower's top inside the plot). */
  readonly x0: number;
  readonly x1: number;
  readonly value: number;
  readonly min: number;
  readonly max: number;
  readonly mark: OffScaleMark | null;
}

/** What the towers figure draws for one state. */
export interface TowersGeometry {
  readonly targetPath: string;
  readonly approxPath: string;
  /** Every tower on its own, one subpath each, drawn faint under their sum. */
  readonly towersPath: string;
  /** The tower the handles hold, drawn stronger among the others. */
  readonly shownPath: string;
  /** Where the approximation or a tower runs beyond the plot (the target stays inside it). */
  readonly marks: readonly OffScaleMark[];
  /** The one-tower panel: h·σ(s(x − a)), h·σ(s(x − b)), and their difference, the tower. */
  readonly one: { readonly risePath: string; readonly fallPath: string; readonly towerPath: string; readonly marks: readonly OffScaleMark[] };
  readonly handles: readonly Handle[];
  readonly part: TowerPart;
  readonly error: { readonly max: number; readonly rms: number };
  readonly description: string;
}

/** The x values the curves are sampled at. */
export const xs = Array.from({ length: frame.samples }, (_, i) => i / (frame.samples - 1));
const plot = (f: (x: number) => number, y = yScale, area = box) => plotSeries(xs, (x) => xScale(x), (x) => y(f(x)), area, (x) => formatNumber(f(x), 2));
// The target does not depend on the options: plotted on the first redraw rather than at import, since a figure adopted
// from the build already shows it and hydrating it should not compute it.
let target: string | undefined;
const targetPath = () => (target ??= plot(nielsenTarget).d);

// The equal towers of each count, made once: the same towers are the same objects whenever the count comes back, so
// the panels drawn of them lately (sumPanel, onePanel) and the error the live figure measured (by the towers) are found
// again rather than made again. At most 60 counts, 1,830 towers.
const equal = new Map<number, readonly TowerPart[]>();

/** The default towers: n equal ones across the domain, each as tall as the target at its middle (the same frozen array for the same n). */
export function defaultParts(o: Pick<TowersOptions, "n">): readonly TowerPart[] {
  let parts = equal.get(o.n);
  if (!parts) equal.set(o.n, (parts = Object.freeze(towerParts(nielsenTarget, DOMAIN.lo, DOMAIN.hi, o.n).map((p) => Object.freeze(p)))));
  return parts;
}

/** A tower with one handle moved to v: kept within its limits and at least MIN_WIDTH wide. */
export function moveHandle(p: TowerPart, key: HandleKey, v: number): TowerPart {
  const clamp = (x: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, x));
  if (key === "a") return { ...p, a: clamp(v, LIMITS.edge[0], p.b - MIN_WIDTH) };
  if (key === "b") return { ...p, b: clamp(v, p.a + MIN_WIDTH, LIMITS.edge[1]) };
  return { ...p, height: clamp(v, LIMITS.height[0], LIMITS.height[1]) };
}

/** The index of the tower a click at x picks: one that stands over x (the nearest middle among overlapping ones), else the nearest wall. */
export function towerAt(parts: readonly TowerPart[], x: number): number {
  const gap = (p: TowerPart) => (x >= p.a && x <= p.b ? 0 : Math.min(Math.abs(x - p.a), Math.abs(x - p.b)));
  const middle = (p: TowerPart) => Math.abs(x - (p.a + p.b) / 2);
  return parts.reduce((best, p, i) => {
    const q = parts[best]!;
    return gap(p) < gap(q) || (gap(p) === gap(q) && middle(p) < middle(q)) ? i : best;
  }, 0);
}

/** The shown tower's three handles: walls at the bottom of the plot, height at the middle of the tower's top. */
export function handles(p: TowerPart): Handle[] {
  const f = (v: number) => formatNumber(v, 2);
  const wall = (key: "a" | "b", v: number, min: number, max: number): Handle => {
    const at = placePoint(box, xScale(v), box.y1, f(v));
    return { key, x: at.cx, y: at.cy, x0: at.cx, x1: at.cx, value: v, min, max, mark: at.mark };
  };
  const x0 = Math.max(box.x0, xScale(p.a));
  const x1 = Math.min(box.x1, xScale(p.b));
  const top = placePoint(box, (x0 + x1) / 2, yScale(p.height), f(p.height));
  return [
    wall("a", p.a, LIMITS.edge[0], p.b - MIN_WIDTH),
    wall("b", p.b, p.a + MIN_WIDTH, LIMITS.edge[1]),
    { key: "h", x: top.cx, y: top.cy, x0: round(x0), x1: round(x1), value: p.height, min: LIMITS.height[0], max: LIMITS.height[1], mark: top.mark },
  ];
}

// The samples' x positions on the plot, worked out once.
const pxs = xs.map((x) => xScale(x));
const px = (k: number) => pxs[k]!;
const label = (v: number) => formatNumber(v, 2);
// User units per unit of y on each panel, for how far a sigmoid's tail must be drawn (tailReach).
const UNITS_PER_Y = Math.abs(yScale(1) - yScale(0));
const ONE_UNITS_PER_Y = Math.abs(oneYScale(1) - oneYScale(0));

// A tower's limits on either side: zero.
const FLAT_ZERO = { left: 0, right: 0 } as const;

/**
 * How close to the towers' sum the figure draws it and measures its error against (towerSumWithin): the readout's
 * largest and RMS errors are each within it of the exact sum's, far below the three digits shown and the measures'
 * own tolerance of 1e−12.
 */
export const SUM_TOLERANCE = 1e-13;

/**
 * A tower h·(σ(s(x − a)) − σ(s(x − b))) plotted where it is not flat: beyond tailReach of its walls it is drawn at zero
 * (plotFlatTails) and its sigmoids are not evaluated, so sixty towers plot about 2,000 points, not 24,000.
 */
function towerPlot(p: TowerPart, s: number): PlottedSeries {
  const reach = tailReach(p.height, s, UNITS_PER_Y);
  return plotFlatTails(xs, (k) => p.height * tower(xs[k]!, p.a, p.b, s), Math.min(p.a, p.b) - reach, Math.max(p.a, p.b) + reach, FLAT_ZERO, px, yScale, box, label);
}

/** What the sum panel draws of a set of towers at a steepness: the sum, every tower in one path (tower i's subpath ends at ends[i]) with its marks, and all their marks. */
interface SumPanel {
  readonly s: number;
  readonly parts: readonly TowerPart[];
  readonly approxPath: string;
  readonly towersPath: string;
  readonly ends: readonly number[];
  readonly towerMarks: readonly (readonly OffScaleMark[])[];
  readonly marks: readonly OffScaleMark[];
}

/** How much path text the kept sum panels may hold, in characters (bytes): every count's equal towers at the default steepness take about 1 MB. */
const KEPT_PATH_TEXT = 2 ** 21;

// The sum panels drawn lately, by their towers' array (never changed once drawn: the live figure replaces it when a
// tower moves), the least recently drawn first, and the length of their paths: the redraw after the error is measured,
// or a count that comes back, neither plots nor samples again. The oldest go once their paths pass KEPT_PATH_TEXT
// (gentle walls are drawn across the whole axis: sixty of them make ten times the text of steep ones).
const panels = new Map<readonly TowerPart[], SumPanel>();
let keptText = 0;
// The panel drawn last: a drag moves one of its towers, and only that one is plotted again.
let lastPanel: SumPanel | undefined;

const textOf = (panel: SumPanel) => panel.towersPath.length + panel.approxPath.length;

/** The sum panel of these towers at steepness s, kept or drawn (with the towers the last panel drew at s taken from it). */
function sumPanel(parts: readonly TowerPart[], s: number): SumPanel {
  const kept = panels.get(parts);
  if (kept) {
    panels.delete(parts);
    keptText -= textOf(kept);
  }
  const panel = kept?.s === s ? kept : drawSumPanel(parts, s);
  panels.set(parts, panel);
  keptText += textOf(panel);
  for (const [old, oldPanel] of panels) {
    if (keptText <= KEPT_PATH_TEXT || old === parts) break;
    panels.delete(old);
    keptText -= textOf(oldPanel);
  }
  return (lastPanel = panel);
}

/** Draws the sum panel of these towers at steepness s, taking the subpaths of towers the last panel drew at s from it. */
function drawSumPanel(parts: readonly TowerPart[], s: number): SumPanel {
  const last = lastPanel?.s === s ? lastPanel : undefined;
  const before = new Map(last?.parts.map((p, i) => [p, i]));
  const ds: string[] = [];
  const towerMarks = parts.map((p) => {
    const i = before.get(p);
    if (last && i !== undefined) {
      ds.push(last.towersPath.slice(i === 0 ? 0 : last.ends[i - 1], last.ends[i]));
      return last.towerMarks[i]!;
    }
    const plot = towerPlot(p, s);
    ds.push(plot.d);
    return plot.marks;
  });
  const ends: number[] = [];
  for (const d of ds) ends.push((ends.at(-1) ?? 0) + d.length);
  // The sum as the error readout measures it (within SUM_TOLERANCE, from the walls near each sample only), drawn at
  // every sample (nowhere flat: its range is the whole axis), by plotFlatTails' own writer where it stays in the frame.
  const sum = towerSumWithin(parts, s, SUM_TOLERANCE);
  const ys = new Float64Array(xs.length);
  for (let k = 0; k < xs.length; k++) ys[k] = sum(xs[k]!);
  const approx = plotFlatTails(xs, (k) => ys[k]!, -Infinity, Infinity, FLAT_ZERO, px, yScale, box, label);
  return { s, parts, approxPath: approx.d, towersPath: ds.join(""), ends, towerMarks, marks: [...approx.marks, ...towerMarks.flat()] };
}

// The one-tower panels drawn lately, by the tower and steepness, the least recently drawn first: at most ONE_PANELS.
const ONE_PANELS = 16;
const onePanels = new Map<TowerPart, { readonly s: number; readonly one: TowersGeometry["one"] }>();

/** What the towers figure draws for one state, before its error is measured (the curves and handles follow a drag at once). */
export type TowersCurves = Omit<TowersGeometry, "error" | "description">;

/** The shown tower's two sigmoids and their difference on the one-tower panel, each drawn at its limit beyond the reach of its walls (kept or drawn). */
function onePanel(part: TowerPart, s: number): TowersGeometry["one"] {
  const kept = onePanels.get(part);
  onePanels.delete(part);
  const one = kept?.s === s ? kept.one : drawOnePanel(part, s);
  onePanels.set(part, { s, one });
  if (onePanels.size > ONE_PANELS) onePanels.delete(onePanels.keys().next().value!);
  return one;
}

/** Draws the one-tower panel of a tower at steepness s. */
function drawOnePanel(part: TowerPart, s: number): TowersGeometry["one"] {
  const { a, b, height: h } = part;
  const reach = tailReach(h, s, ONE_UNITS_PER_Y);
  const one = (v: (x: number) => number, lo: number, hi: number, ends: { left: number; right: number }) => plotFlatTails(xs, (k) => v(xs[k]!), lo - reach, hi + reach, ends, px, oneYScale, oneBox, label);
  const rise = one((x) => h * sigmoid(s * (x - a)), a, a, { left: 0, right: h });
  const fall = one((x) => h * sigmoid(s * (x - b)), b, b, { left: 0, right: h });
  const shownTower = one((x) => h * tower(x, a, b, s), Math.min(a, b), Math.max(a, b), FLAT_ZERO);
  return { risePath: rise.d, fallPath: fall.d, towerPath: shownTower.d, marks: [...rise.marks, ...fall.marks, ...shownTower.marks] };
}

/** Draws the towers (by default the equal ones), their sum, the shown tower's construction and its handles. */
export function towersCurves(o: TowersOptions, parts: readonly TowerPart[] = defaultParts(o)): TowersCurves {
  const panel = sumPanel(parts, o.steepness);
  const i = o.tower - 1;
  const part = parts[i]!;
  return {
    targetPath: targetPath(),
    approxPath: panel.approxPath,
    towersPath: panel.towersPath,
    shownPath: panel.towersPath.slice(i === 0 ? 0 : panel.ends[i - 1], panel.ends[i]),
    marks: panel.marks,
    one: onePanel(part, o.steepness),
    handles: handles(part),
    part,
  };
}

/**
 * Measures the towers' sum against the target (largest error by golden section, mean square by quadrature, the sum
 * within SUM_TOLERANCE; unless given as measured before) and describes the figure.
 */
export function towersError(
  o: TowersOptions,
  parts: readonly TowerPart[] = defaultParts(o),
  error: TowersGeometry["error"] = approximationError(nielsenTarget, towerSumWithin(parts, o.steepness, SUM_TOLERANCE), DOMAIN.lo, DOMAIN.hi),
): Pick<TowersGeometry, "error" | "description"> {
  const shown = parts[o.tower - 1]!;
  const defaults = defaultParts(o);
  const edited = parts !== defaults && (parts.length !== defaults.length || parts.some((p, i) => p.a !== defaults[i]!.a || p.b !== defaults[i]!.b || p.height !== defaults[i]!.height));
  const f = (v: number) => formatNumber(v);
  return {
    error,
    description:
      `The target curve 0.2 + 0.4x² + 0.3x·sin(15x) + 0.05·cos(50x) on [0, 1], and its approximation by ${parts.length} ${edited ? "towers, some moved by hand" : "equal towers"}, each the difference of two sigmoids of steepness ${o.steepness}. ` +
      `Tower ${o.tower} is h·σ(s(x − a)) − h·σ(s(x − b)) with a = ${f(shown.a)}, b = ${f(shown.b)}, h = ${f(shown.height)}. ` +
      `Largest error ${f(error.max)}, root-mean-square error ${f(error.rms)}.`,
  };
}

/** Builds the tower approximation of Nielsen's target from the given towers (by default the equal ones) and measures its error. */
export function towersGeometry(o: TowersOptions, parts: readonly TowerPart[] = defaultParts(o)): TowersGeometry {
  return { ...towersCurves(o, parts), ...towersError(o, parts) };
}
