import { scaleLinear } from "../linear-scale.ts";
import { approximationError, nielsenTarget, tower, towerApproximation, towerParts } from "../../grad/towers.ts";
import { formatNumber } from "../format-number.ts";
import type { TowersOptions } from "./towers-options.ts";
import { plotSeries, type OffScaleMark } from "../chart/plot-series.ts";

/** The plot's frame in SVG user units, over x in [0, 1] and y in [−0.2, 1.2]. */
export const frame = { width: 640, height: 300, left: 40, right: 16, top: 12, bottom: 270, samples: 401 };
/** x position of a point in [0, 1]. */
export const xScale = scaleLinear().domain([0, 1]).range([frame.left, frame.width - frame.right]);
/** y position of a value; a value beyond the plot is cut at the frame and marked. */
export const yScale = scaleLinear().domain([-0.2, 1.2]).range([frame.bottom, frame.top]);
/** The plot area. */
export const box = { x0: frame.left, x1: frame.width - frame.right, y0: frame.top, y1: frame.bottom };

/** What the towers figure draws for one state. */
export interface TowersGeometry {
  readonly targetPath: string;
  readonly approxPath: string;
  /** Every tower on its own, one subpath each, drawn faint under their sum. */
  readonly towersPath: string;
  /** Where the approximation runs beyond the plot (the target stays inside it). */
  readonly marks: readonly OffScaleMark[];
  readonly error: { readonly max: number; readonly rms: number };
  readonly description: string;
}

/** The x values the curves are sampled at. */
export const xs = Array.from({ length: frame.samples }, (_, i) => i / (frame.samples - 1));
const plot = (f: (x: number) => number) => plotSeries(xs, (x) => xScale(x), (x) => yScale(f(x)), box, (x) => formatNumber(f(x), 2));
const targetPath = plot(nielsenTarget).d;

/** Builds the tower approximation of Nielsen's target and measures its error. */
export function towersGeometry(o: TowersOptions): TowersGeometry {
  const approx = towerApproximation(nielsenTarget, 0, 1, o.n, o.steepness);
  const error = approximationError(nielsenTarget, approx, 0, 1);
  const f = (v: number) => formatNumber(v);
  const approxPlot = plot(approx);
  const towers = towerParts(nielsenTarget, 0, 1, o.n).map((p) => plot((x) => p.height * tower(x, p.a, p.b, o.steepness)));
  return {
    targetPath,
    approxPath: approxPlot.d,
    towersPath: towers.map((t) => t.d).join(""),
    marks: [...approxPlot.marks, ...towers.flatMap((t) => t.marks)],
    error,
    description:
      `The target curve 0.2 + 0.4x² + 0.3x·sin(15x) + 0.05·cos(50x) on [0, 1], and its approximation by ${o.n} towers, each the difference of two sigmoids of steepness ${o.steepness}. ` +
      `Largest error ${f(error.max)}, root-mean-square error ${f(error.rms)}.`,
  };
}
