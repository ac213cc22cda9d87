import { scaleLinear } from "../linear-scale.ts";
import { reluActivation, sigmoidActivation, tanhActivation, type Activation } from "../../grad/activations.ts";
import type { ChartBox } from "../chart/chart-box.ts";
import { mergeMarks, placePoint, plotSeries, type OffScaleMark, type PlottedSeries } from "../chart/plot-series.ts";
import { formatNumber } from "../format-number.ts";
import type { CompareOptions } from "./compare-options.ts";
import { round } from "../svg-path.ts";

/** The compared activations, in drawing order. */
export const COMPARED: readonly Activation[] = [sigmoidActivation, tanhActivation, reluActivation];

/** Two stacked panels: the functions above, their derivatives below. */
export const frame = { width: 640, height: 380, left: 40, right: 16, top: { y0: 12, y1: 200 }, bottom: { y0: 236, y1: 350 }, domain: [-4, 4] as const };
/** x position, shared by both panels. */
export const xScale = scaleLinear().domain(frame.domain).range([frame.left, frame.width - frame.right]);
/** y position in the function panel; a value beyond it is cut at the frame and marked. */
export const yF = scaleLinear().domain([-1.2, 4.2]).range([frame.top.y1, frame.top.y0]);
/** y position in the derivative panel. */
export const yD = scaleLinear().domain([0, 1.1]).range([frame.bottom.y1, frame.bottom.y0]);
/** The two panels' plot areas. */
export const boxF: ChartBox = { x0: frame.left, x1: frame.width - frame.right, y0: frame.top.y0, y1: frame.top.y1 };
export const boxD: ChartBox = { x0: frame.left, x1: frame.width - frame.right, y0: frame.bottom.y0, y1: frame.bottom.y1 };

/** One activation's two curves and its values at the probe. */
export interface Compared {
  readonly name: string;
  readonly fPath: string;
  readonly dPath: string;
  readonly f: number;
  readonly df: number;
  readonly cyF: number;
  readonly cyD: number;
}

/** What the comparison draws for one probe. */
export interface CompareGeometry {
  readonly curves: readonly Compared[];
  readonly cx: number;
  /** Values beyond a panel: none over this domain, but the curves go through the chart layer all the same. */
  readonly marks: readonly OffScaleMark[];
  readonly description: string;
}

/** The x samples of every curve. */
export const samples = Array.from({ length: 321 }, (_, i) => -4 + i / 40);
const label = (v: number) => formatNumber(v);
// The curves do not depend on the options: plotted once, on the first redraw rather than at import, since a figure
// adopted from the build already shows them and hydrating it should not compute them.
let plotted: readonly { f: PlottedSeries; d: PlottedSeries }[] | undefined;
const curvePlots = () =>
  (plotted ??= COMPARED.map((a) => ({
    f: plotSeries(samples, (x) => xScale(x), (x) => yF(a.f(x)), boxF, (x) => label(a.f(x))),
    d: plotSeries(samples, (x) => xScale(x), (x) => yD(a.df(x)), boxD, (x) => label(a.df(x))),
  })));

/** Evaluates σ, tanh and ReLU and their derivatives at the probe. */
export function compareGeometry(o: CompareOptions): CompareGeometry {
  const plots = curvePlots();
  const dots = COMPARED.map((a) => [placePoint(boxF, xScale(o.x), yF(a.f(o.x)), label(a.f(o.x))), placePoint(boxD, xScale(o.x), yD(a.df(o.x)), label(a.df(o.x)))] as const);
  const curves = COMPARED.map((a, i) => ({
    name: a.name,
    fPath: plots[i]!.f.d,
    dPath: plots[i]!.d.d,
    f: a.f(o.x),
    df: a.df(o.x),
    cyF: dots[i]![0].cy,
    cyD: dots[i]![1].cy,
  }));
  const f = (v: number) => formatNumber(v);
  return {
    curves,
    cx: round(xScale(o.x)),
    marks: mergeMarks(plots.flatMap((p) => [...p.f.marks, ...p.d.marks]), dots.flatMap(([a, b]) => [a.mark, b.mark])),
    description:
      `Above: σ, tanh and ReLU for x from −4 to 4. Below: their derivatives; σ′ peaks at 0.25, tanh′ at 1, and ReLU′ is 0 for negative x and 1 for positive x (0 at x = 0 in our code). ` +
      `At x = ${f(o.x)}: ` +
      curves.map((c) => `${c.name} ${f(c.f)} with derivative ${f(c.df)}`).join("; ") +
      ".",
  };
}
