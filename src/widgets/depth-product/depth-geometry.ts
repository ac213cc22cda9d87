import { scaleLinear } from "../linear-scale.ts";
import { dsigmoid } from "../../grad/activations.ts";
import { depthFactor } from "../../grad/depth-factor.ts";
import { formatNumber } from "../format-number.ts";
import { round } from "../svg-path.ts";
import type { ChartBox } from "../chart/chart-box.ts";
import { scaleLog10 } from "../chart/log-scale.ts";
import { pointAreas } from "../chart/figure-marks.ts";
import { mergeMarks, placePoint, plotSeries, type OffScaleMark } from "../chart/plot-series.ts";
import type { DepthOptions } from "./depth-options.ts";

/** The plot's frame: layers on x, the product on a log y axis. */
export const frame = { width: 640, height: 300, left: 56, right: 16, top: 12, bottom: 268 };
/** The plot area inside the frame. */
export const box: ChartBox = { x0: frame.left, x1: frame.width - frame.right, y0: frame.top, y1: frame.bottom };
/** x position of a depth. */
export const xScale = scaleLinear().domain([0, 100]).range([box.x0, box.x1]);
/** The y axis's decades, 1e−65 to 1e35: both articles' settings (0.25¹⁰⁰ ≈ 6.2e−61, 1.25¹⁰⁰ ≈ 4.9e9) fall inside. */
export const Y_EXPONENTS = [-65, 35] as const;
/** y position of a product, log scale; values beyond the frame are marked, not clamped. */
export const yScale = scaleLog10(Y_EXPONENTS, [box.y1, box.y0]);

/** The depths the curves are drawn at. */
export const depths = Array.from({ length: 101 }, (_, n) => n);
const label = (v: number) => formatNumber(v, 2);
/** The sigmoid-only bound 0.25^n: the same for every setting, so drawn once. */
export const boundPath = plotSeries(depths, (n) => xScale(n), (n) => yScale(depthFactor(n, 1)), box, (n) => label(depthFactor(n, 1))).d;

const pointsOf = (value: (n: number) => number) => pointAreas(box, depths.length, (n) => xScale(n), (n) => yScale(value(n)));
/** The bound's points inside the frame, for the y labels to keep clear of. */
export const boundPoints = pointsOf((n) => depthFactor(n, 1));

/** What the depth product draws for one setting. */
export interface DepthGeometry {
  readonly weightedPath: string;
  readonly perLayer: number;
  readonly bound: number;
  readonly weighted: number;
  readonly cx: number;
  readonly cyBound: number;
  readonly cyWeighted: number;
  /** The weighted curve's runs and the dot beyond the frame. */
  readonly marks: readonly OffScaleMark[];
  /** The weighted curve's points inside the frame. */
  readonly points: readonly ChartBox[];
  readonly readout: string;
  readonly description: string;
}

/** The products through the chosen depth: the activation factor alone, and with the weights put back. */
export function depthGeometry(o: DepthOptions): DepthGeometry {
  const perLayer = o.weight * dsigmoid(o.z);
  const bound = depthFactor(o.depth, 1);
  const weighted = depthFactor(o.depth, o.weight, o.z);
  const f = (v: number) => formatNumber(v);
  const trend = perLayer < 1 ? "vanishes" : perLayer > 1 ? "explodes" : "keeps its size";
  const curve = plotSeries(depths, (n) => xScale(n), (n) => yScale(depthFactor(n, o.weight, o.z)), box, (n) => label(depthFactor(n, o.weight, o.z)));
  const dot = placePoint(box, xScale(o.depth), yScale(weighted), label(weighted));
  const marks = mergeMarks(curve.marks, [dot.mark]);
  return {
    weightedPath: curve.d,
    perLayer,
    bound,
    weighted,
    cx: round(xScale(o.depth)),
    cyBound: round(yScale(bound)),
    cyWeighted: dot.cy,
    marks,
    points: pointsOf((n) => depthFactor(n, o.weight, o.z)),
    readout: `n = ${o.depth} · σ′ alone keeps 0.25ⁿ = ${f(bound)} · with the weights (|w|·σ′(z))ⁿ = ${f(perLayer)}ⁿ = ${f(weighted)}`,
    description:
      `Log-scale plot of what an error term is multiplied by after n sigmoid layers, for n from 0 to 100. ` +
      `The dashed curve is the activation factor alone at its best, 0.25 per layer; after ${o.depth} layers it keeps ${f(bound)} of the error term. ` +
      `The solid curve puts the weights back: every layer has weight ${formatNumber(o.weight, 1)} and pre-activation ${formatNumber(o.z, 1)}, a factor of ${f(perLayer)} per layer, ` +
      `so after ${o.depth} layers the product is ${f(weighted)}: the gradient ${trend}.`,
  };
}
