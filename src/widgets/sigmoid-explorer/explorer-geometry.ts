import { scaleLinear } from "../linear-scale.ts";
import { ticks } from "d3-array";
import type { ChartBox } from "../chart/chart-box.ts";
import { mergeMarks, placePoint, plotSeries, type OffScaleMark } from "../chart/plot-series.ts";
import { dsigmoid, sigmoid } from "../../grad/activations.ts";
import { formatNumber } from "../format-number.ts";
import type { ExplorerOptions } from "./explorer-options.ts";
import { round } from "../svg-path.ts";

/** The drawing's fixed frame, in SVG user units (the SVG scales to its container). */
export const frame = {
  width: 640,
  height: 380,
  left: 48,
  right: 16,
  top: { y0: 16, y1: 196 },
  bottom: { y0: 240, y1: 350 },
  domain: [-6, 6] as const,
  samples: 241,
};

/** Everything the explorer draws for one state, as plain numbers and path strings. */
export interface ExplorerGeometry {
  readonly sigmaPath: string;
  readonly dsigmaPath: string;
  /** The step function the curve approaches as |w| grows (empty when w = 0). */
  readonly stepPath: string;
  readonly probe: { readonly cx: number; readonly cySigma: number; readonly cyDsigma: number };
  /** Values beyond a panel (none for σ and σ′, which stay in their panels, but drawn through the chart layer all the same). */
  readonly marks: readonly OffScaleMark[];
  readonly xTicks: readonly { readonly at: number; readonly label: string }[];
  readonly readout: { readonly z: number; readonly sigma: number; readonly dsigma: number; readonly slope: number };
  /** A sentence describing the figure, for screen readers and readers without JavaScript. */
  readonly description: string;
}

/** The x scale shared by both panels. */
export const xScale = scaleLinear().domain(frame.domain).range([frame.left, frame.width - frame.right]);
/** The y scale of the σ panel (0 to 1). */
export const ySigma = scaleLinear().domain([0, 1]).range([frame.top.y1, frame.top.y0]);
/** The y scale of the σ′ panel (0 to 0.25, its maximum). */
export const yDsigma = scaleLinear().domain([0, 0.25]).range([frame.bottom.y1, frame.bottom.y0]);

/** The two panels' plot areas. */
export const boxSigma: ChartBox = { x0: frame.left, x1: frame.width - frame.right, y0: frame.top.y0, y1: frame.top.y1 };
export const boxDsigma: ChartBox = { x0: frame.left, x1: frame.width - frame.right, y0: frame.bottom.y0, y1: frame.bottom.y1 };

/** Computes the explorer's geometry from validated options: pure, so the static SVG and the live one agree. */
export function explorerGeometry(o: ExplorerOptions): ExplorerGeometry {
  const xs = Array.from({ length: frame.samples }, (_, i) => frame.domain[0] + ((frame.domain[1] - frame.domain[0]) * i) / (frame.samples - 1));
  const label = (v: number) => formatNumber(v);
  const sigma = plotSeries(xs, (x) => xScale(x), (x) => ySigma(sigmoid(o.w * x + o.b)), boxSigma, (x) => label(sigmoid(o.w * x + o.b)));
  const dsigma = plotSeries(xs, (x) => xScale(x), (x) => yDsigma(dsigmoid(o.w * x + o.b)), boxDsigma, (x) => label(dsigmoid(o.w * x + o.b)));
  const z = o.w * o.x + o.b;
  const readout = { z, sigma: sigmoid(z), dsigma: dsigmoid(z), slope: o.w * dsigmoid(z) };
  const dotS = placePoint(boxSigma, xScale(o.x), ySigma(readout.sigma), label(readout.sigma));
  const dotD = placePoint(boxDsigma, xScale(o.x), yDsigma(readout.dsigma), label(readout.dsigma));
  return {
    sigmaPath: sigma.d,
    dsigmaPath: dsigma.d,
    stepPath: stepPath(o),
    probe: { cx: dotS.cx, cySigma: dotS.cy, cyDsigma: dotD.cy },
    marks: mergeMarks([...sigma.marks, ...dsigma.marks], [dotS.mark, dotD.mark]),
    xTicks: ticks(frame.domain[0], frame.domain[1], 6).map((x) => ({ at: round(xScale(x)), label: formatNumber(x, 0) })),
    readout,
    description: describe(o, readout),
  };
}

function stepPath(o: ExplorerOptions): string {
  if (o.w === 0) return "";
  const t = Math.min(frame.domain[1], Math.max(frame.domain[0], -o.b / o.w));
  const [lo, hi] = o.w > 0 ? [0, 1] : [1, 0];
  const [x0, x1] = frame.domain;
  return `M${round(xScale(x0))},${round(ySigma(lo))}H${round(xScale(t))}V${round(ySigma(hi))}H${round(xScale(x1))}`;
}

function describe(o: ExplorerOptions, r: ExplorerGeometry["readout"]): string {
  const f = (v: number) => formatNumber(v);
  const shape =
    o.w === 0
      ? `a flat line at ${f(sigmoid(o.b))}, since w = 0`
      : `an S-shaped curve ${o.w > 0 ? "rising" : "falling"} between 0 and 1, crossing 0.5 at x = ${f(-o.b / o.w)}; ` +
        `the larger |w|, the closer it comes to a step`;
  return (
    `Plot of σ(w·x + b) for w = ${f(o.w)} and b = ${f(o.b)} over x from −6 to 6: ${shape}. ` +
    `Below it, σ′(w·x + b), a bump of height at most 0.25. ` +
    `At the probe x = ${f(o.x)}: w·x + b = ${f(r.z)}, σ = ${f(r.sigma)}, σ′ = ${f(r.dsigma)}, and the slope of the curve, w·σ′, is ${f(r.slope)}.`
  );
}

