import { scaleLinear } from "../linear-scale.ts";
import { dhillDlog, hill, logisticGrowth } from "../../grad/nature-curves.ts";
import type { ChartBox } from "../chart/chart-box.ts";
import { scaleLog10 } from "../chart/log-scale.ts";
import { plotSeries, type OffScaleMark } from "../chart/plot-series.ts";
import { formatNumber } from "../format-number.ts";
import type { NatureOptions } from "./nature-options.ts";

/** Two panels: occupancy against concentration on a log axis (left), population against time (right). */
export const frame = { width: 640, height: 262, top: 28, bottom: 226, hill: { x0: 40, x1: 300 }, growth: { x0: 370, x1: 628 } };
/** x position of a concentration L/K in the Hill panel: a log axis from K/100 to 100K. */
export const lScale = scaleLog10([-2, 2], [frame.hill.x0, frame.hill.x1]);
/** x position of a time in the growth panel. */
export const tScale = scaleLinear().domain([0, 20]).range([frame.growth.x0, frame.growth.x1]);
/** y position of a fraction, shared by both panels. */
export const yScale = scaleLinear().domain([0, 1]).range([frame.bottom, frame.top]);
/** The two panels' plot areas. */
export const boxHill: ChartBox = { x0: frame.hill.x0, x1: frame.hill.x1, y0: frame.top, y1: frame.bottom };
export const boxGrowth: ChartBox = { x0: frame.growth.x0, x1: frame.growth.x1, y0: frame.top, y1: frame.bottom };

/** The concentrations (L/K, log-spaced) and times the curves are sampled at. */
export const concentrations = Array.from({ length: 161 }, (_, i) => 10 ** (-2 + i / 40));
export const times = Array.from({ length: 161 }, (_, i) => i / 8);

const label = (v: number) => formatNumber(v);
const hillPlot = (n: number) => plotSeries(concentrations, (l) => lScale(l), (l) => yScale(hill(l, 1, n)), boxHill, (l) => label(hill(l, 1, n)));
/** Occupancy for n = 1 (no cooperation), drawn as the reference. */
export const reference = hillPlot(1);

/** What the figure draws for one setting. */
export interface NatureGeometry {
  readonly hillPath: string;
  readonly growthPath: string;
  /** Values beyond a panel: none for fractions in [0, 1], but the curves go through the chart layer all the same. */
  readonly marks: readonly OffScaleMark[];
  readonly slope: number;
  readonly readout: string;
  readonly description: string;
}

/** The Hill curve (K = 1) and logistic growth (capacity 1, midpoint t = 10) for the chosen coefficient and rate. */
export function natureGeometry(o: NatureOptions): NatureGeometry {
  const slope = dhillDlog(1, 1, o.n);
  const f = (v: number) => formatNumber(v);
  const from = hill(0.5, 1, o.n);
  const to = hill(2, 1, o.n);
  const hillCurve = hillPlot(o.n);
  const growth = plotSeries(times, (t) => tScale(t), (t) => yScale(logisticGrowth(t, 1, o.rate, 10)), boxGrowth, (t) => label(logisticGrowth(t, 1, o.rate, 10)));
  return {
    hillPath: hillCurve.d,
    growthPath: growth.d,
    marks: [...reference.marks, ...hillCurve.marks, ...growth.marks],
    slope,
    readout: `Hill n = ${formatNumber(o.n, 1)}: slope at L = K is n/4 = ${f(slope)}; occupancy goes from ${f(from)} at K/2 to ${f(to)} at 2K`,
    description:
      `Left: the fraction of binding sites occupied against ligand concentration L on a log scale from K/100 to 100K, for Hill coefficient ${formatNumber(o.n, 1)} and, thin, for n = 1. ` +
      `On this axis the Hill curve is exactly a sigmoid, σ(n·ln(L/K)), with slope n/4 = ${f(slope)} at L = K; occupancy rises from ${f(from)} at K/2 to ${f(to)} at 2K. ` +
      `Right: logistic growth of a population toward its capacity over time, at rate ${formatNumber(o.rate, 1)}, half-way at t = 10.`,
  };
}
