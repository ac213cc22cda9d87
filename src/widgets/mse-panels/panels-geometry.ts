import { scaleLinear, type LinearScale } from "../linear-scale.ts";
import { dsigmoid, sigmoid } from "../../grad/activations.ts";
import { bce, dbceDprediction, dbceWithLogits, dmseDlogit, dmseDprediction, mse } from "../../grad/losses.ts";
import { formatNumber } from "../format-number.ts";
import type { PanelsOptions } from "./panels-options.ts";
import { round } from "../svg-path.ts";
import type { ChartBox } from "../chart/chart-box.ts";
import { placePoint, plotSeries, type OffScaleMark } from "../chart/plot-series.ts";

/** A curve's role: MSE for the chosen target, cross-entropy for it, or MSE for the reference targets 0 and 1. */
type Role = "mse" | "ce" | "ref0" | "ref1" | "plain";

/** One panel: its title, what it plots against (the logit x or the prediction p̃), its y range and its curves. */
interface PanelSpec {
  readonly key: string;
  readonly title: string;
  readonly axis: "x" | "p";
  readonly y: readonly [number, number];
  readonly curves: (p: number) => readonly { role: Role; f: (v: number) => number }[];
}

// The six panels of the post's figure, then the ratio of the two gradients; p̃ = σ(x) throughout.
const PANELS: readonly PanelSpec[] = [
  { key: "sigma", title: "p̃ = σ(x)", axis: "x", y: [0, 1], curves: () => [{ role: "plain", f: sigmoid }] },
  { key: "dsigma", title: "σ′(x) = p̃(1 − p̃)", axis: "x", y: [0, 0.25], curves: () => [{ role: "plain", f: dsigmoid }] },
  {
    key: "loss-p", title: "loss against p̃", axis: "p", y: [0, 2],
    curves: (p) => [{ role: "ref0", f: (q) => mse(q, 0) }, { role: "ref1", f: (q) => mse(q, 1) }, { role: "mse", f: (q) => mse(q, p) }, { role: "ce", f: (q) => bce(q, p) }],
  },
  {
    key: "grad-p", title: "∂loss/∂p̃", axis: "p", y: [-4, 4],
    curves: (p) => [{ role: "ref0", f: (q) => dmseDprediction(q, 0) }, { role: "ref1", f: (q) => dmseDprediction(q, 1) }, { role: "mse", f: (q) => dmseDprediction(q, p) }, { role: "ce", f: (q) => dbceDprediction(q, p) }],
  },
  {
    key: "loss-x", title: "loss against x", axis: "x", y: [0, 2],
    curves: (p) => [{ role: "ref0", f: (x) => mse(sigmoid(x), 0) }, { role: "ref1", f: (x) => mse(sigmoid(x), 1) }, { role: "mse", f: (x) => mse(sigmoid(x), p) }, { role: "ce", f: (x) => bce(sigmoid(x), p) }],
  },
  {
    key: "grad-x", title: "∂loss/∂x", axis: "x", y: [-1, 1],
    curves: (p) => [{ role: "ref0", f: (x) => dmseDlogit(x, 0) }, { role: "ref1", f: (x) => dmseDlogit(x, 1) }, { role: "mse", f: (x) => dmseDlogit(x, p) }, { role: "ce", f: (x) => dbceWithLogits(x, p) }],
  },
  { key: "ratio", title: "(∂MSE/∂x) ÷ (∂CE/∂x) = 2p̃(1 − p̃)", axis: "x", y: [0, 0.5], curves: () => [{ role: "plain", f: (x) => 2 * dsigmoid(x) }] },
];

/** Layout: two columns of panels in SVG user units; the ratio panel spans the last row. */
export const frame = { width: 640, panelH: 120, rowGap: 46, colW: 262, cols: [46, 378], top: 28 };
/** Where the figure is narrow: one column, every panel the full width (its y labels sit inside it). */
export const tallFrame = { width: 640, panelH: 130, rowGap: 70, x0: 16, x1: 624, top: 40 };
/** The two layouts the figure is drawn in; the stylesheet shows one. */
export type PanelsLayout = "wide" | "tall";
const rowOf = (i: number) => Math.floor(i / 2);

/** A panel's box in a layout. */
function panelBox(i: number, layout: PanelsLayout): ChartBox {
  if (layout === "tall") {
    const y0 = tallFrame.top + i * (tallFrame.panelH + tallFrame.rowGap);
    return { x0: tallFrame.x0, x1: tallFrame.x1, y0, y1: y0 + tallFrame.panelH };
  }
  const full = i === PANELS.length - 1;
  const x0 = full ? frame.cols[0]! : frame.cols[i % 2]!;
  const x1 = full ? frame.cols[1]! + frame.colW : x0 + frame.colW;
  const y0 = frame.top + rowOf(i) * (frame.panelH + frame.rowGap);
  return { x0, x1, y0, y1: y0 + frame.panelH };
}

/** A drawn panel: its box, scales and paths, and the probe's place in it. */
export interface Panel {
  readonly key: string;
  readonly title: string;
  readonly axis: "x" | "p";
  readonly x0: number;
  readonly x1: number;
  readonly y0: number;
  readonly y1: number;
  readonly paths: readonly { role: Role; d: string; marks: readonly OffScaleMark[] }[];
  readonly probe: { cx: number; cys: readonly { role: Role; cy: number; mark: OffScaleMark | null }[] };
  readonly xScale: LinearScale;
  readonly yScale: LinearScale;
  /** The values its y axis is labelled at: both ends and the middle. */
  readonly yTicks: readonly number[];
}

/** What the linked panels draw for one state. */
export interface PanelsGeometry {
  readonly panels: readonly Panel[];
  /** Whether the cross-entropy curves are shown (they are always computed, so the live widget can toggle them). */
  readonly showCe: boolean;
  readonly height: number;
  readonly layout: PanelsLayout;
  readonly values: Readonly<Record<string, number>>;
  readonly description: string;
}

/** The x values each panel's curves are sampled at, by what it plots against. */
export const samples = (lo: number, hi: number, n: number) => Array.from({ length: n }, (_, i) => lo + ((hi - lo) * i) / (n - 1));
export const XS = samples(-10, 10, 241);
// Open at both ends: the cross-entropy and its gradient are infinite at p̃ = 0 and 1.
export const PS = samples(0.002, 0.998, 241);

// The curves depend only on the target and the layout: moving the probe, the usual update, reuses them.
const pathCache = new Map<string, readonly Panel["paths"][]>();
function cachedPaths(target: number, layout: PanelsLayout, draw: () => readonly Panel["paths"][]): readonly Panel["paths"][] {
  const key = `${target}|${layout}`;
  if (!pathCache.has(key)) {
    if (pathCache.size >= 8) pathCache.clear();
    pathCache.set(key, draw());
  }
  return pathCache.get(key)!;
}

/** Lays out the panels for a probe logit and target, with or without cross-entropy, in two columns or in one. */
export function panelsGeometry(o: PanelsOptions, layout: PanelsLayout = "wide"): PanelsGeometry {
  const q = sigmoid(o.x);
  const label = (v: number) => formatNumber(v, 2);
  const scales = PANELS.map((spec, i) => {
    const box = panelBox(i, layout);
    return {
      box,
      xScale: scaleLinear().domain(spec.axis === "x" ? [-10, 10] : [0, 1]).range([box.x0, box.x1]),
      yScale: scaleLinear().domain(spec.y).range([box.y1, box.y0]),
    };
  });
  const allPaths = cachedPaths(o.p, layout, () =>
    PANELS.map((spec, i) => {
      const { box, xScale, yScale } = scales[i]!;
      const grid = spec.axis === "x" ? XS : PS;
      return spec.curves(o.p).map((c) => ({ role: c.role, ...plotSeries(grid, (v) => xScale(v), (v) => yScale(c.f(v)), box, (v) => label(c.f(v))) }));
    }),
  );
  const panels = PANELS.map((spec, i) => {
    const { box, xScale, yScale } = scales[i]!;
    const { x0, x1, y0, y1 } = box;
    const curves = spec.curves(o.p);
    const at = spec.axis === "x" ? o.x : q;
    return {
      key: spec.key,
      title: spec.title,
      axis: spec.axis,
      x0, x1, y0, y1,
      xScale,
      yScale,
      paths: allPaths[i]!,
      probe: {
        cx: round(xScale(at)),
        cys: curves
          .filter((c) => c.role === "mse" || c.role === "ce" || c.role === "plain")
          .map((c) => {
            const { cy, mark } = placePoint(box, xScale(at), yScale(c.f(at)), label(c.f(at)));
            return { role: c.role, cy, mark };
          }),
      },
      yTicks: [spec.y[0], (spec.y[0] + spec.y[1]) / 2, spec.y[1]],
    };
  });
  const values = {
    prediction: q,
    mse: mse(q, o.p),
    dmseDx: dmseDlogit(o.x, o.p),
    ce: bce(q, o.p),
    dceDx: dbceWithLogits(o.x, o.p),
    ratio: 2 * dsigmoid(o.x),
  };
  const f = (v: number) => formatNumber(v);
  return {
    panels,
    showCe: o.ce === 1,
    layout,
    height: layout === "tall" ? tallFrame.top + PANELS.length * (tallFrame.panelH + tallFrame.rowGap) - tallFrame.rowGap + 30 : frame.top + 4 * (frame.panelH + frame.rowGap) - frame.rowGap + 30,
    values,
    description:
      `Seven linked plots for a sigmoid output p̃ = σ(x) and target p = ${formatNumber(o.p, 2)}: σ and σ′; the squared error and its gradient against p̃; ` +
      `the squared error and its gradient against the logit x${o.ce ? ", each with binary cross-entropy beside it" : ""}; and the ratio of the two gradients with respect to x, 2p̃(1 − p̃). ` +
      `At x = ${f(o.x)}: p̃ = ${f(q)}, squared error ${f(values.mse)}, its gradient with respect to x ${f(values.dmseDx)}; ` +
      `cross-entropy ${f(values.ce)} with gradient ${f(values.dceDx)}; ratio ${f(values.ratio)}.`,
  };
}

/** The logit whose prediction is p̃, kept inside the panels' range. */
export function logitOf(prediction: number): number {
  const q = Math.min(1 - 1e-9, Math.max(1e-9, prediction));
  return Math.max(-10, Math.min(10, Math.log(q / (1 - q))));
}
