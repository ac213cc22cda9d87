import { scaleLinear } from "../linear-scale.ts";
import { sigmoid } from "../../grad/activations.ts";
import { logisticData, logisticLoss } from "../../grad/logistic-regression.ts";
import type { ChartBox } from "../chart/chart-box.ts";
import { placePoint, plotSeries, type OffScaleMark } from "../chart/plot-series.ts";
import { formatNumber } from "../format-number.ts";
import { round } from "../svg-path.ts";
import type { FitOptions } from "./fit-options.ts";

/** The sample the fit is drawn and trained on. */
export const fitData = logisticData();
/** The plot's frame: x from −4 to 5, probability from 0 to 1. */
export const frame = { width: 640, height: 272, left: 40, right: 16, top: 30, bottom: 238, domain: [-4, 5] as const };
/** x position of an input; an input beyond the axis (the boundary, far out) is marked at the frame. */
export const xScale = scaleLinear().domain(frame.domain).range([frame.left, frame.width - frame.right]);
/** y position of a probability. */
export const yScale = scaleLinear().domain([0, 1]).range([frame.bottom, frame.top]);
/** The plot area. */
export const box: ChartBox = { x0: frame.left, x1: frame.width - frame.right, y0: frame.top, y1: frame.bottom };

/** The inputs the model's curve is sampled at. */
export const samples = Array.from({ length: 181 }, (_, i) => -4 + i / 20);

/** What the fit draws for one (w, b). */
export interface FitGeometry {
  readonly curvePath: string;
  /** Where p = ½ (x = −b/w) when it lies on the axis; undefined when w = 0 (no boundary) or when it lies beyond (then marked). */
  readonly boundaryX: number | undefined;
  /** The sample as drawn: each point at its input and its label (0 or 1). */
  readonly points: readonly { readonly cx: number; readonly cy: number; readonly label: number }[];
  /** A boundary beyond the axis, and any part of the curve beyond the frame. */
  readonly marks: readonly OffScaleMark[];
  readonly loss: number;
  readonly readout: string;
  readonly description: string;
}

/** The model p(y = 1 | x) = σ(w·x + b) over the sample, with its loss. */
export function fitGeometry(o: FitOptions): FitGeometry {
  const loss = logisticLoss(o.w, o.b, fitData);
  const boundary = o.w === 0 ? undefined : -o.b / o.w;
  const f = (v: number) => formatNumber(v, 2);
  const where = boundary === undefined ? "nowhere: with w = 0 the model says the same for every x" : `at x = ${f(boundary)}`;
  const curve = plotSeries(samples, (x) => xScale(x), (x) => yScale(sigmoid(o.w * x + o.b)), box, (x) => formatNumber(sigmoid(o.w * x + o.b)));
  const edge = boundary === undefined ? null : placePoint(box, xScale(boundary), (frame.top + frame.bottom) / 2, `p = ½ at x = ${f(boundary)}`);
  return {
    curvePath: curve.d,
    boundaryX: edge && !edge.mark ? round(xScale(boundary!)) : undefined,
    points: fitData.xs.map((x, i) => ({ cx: round(xScale(x)), cy: round(yScale(fitData.ys[i]!)), label: fitData.ys[i]! })),
    marks: [...curve.marks, ...(edge?.mark ? [edge.mark] : [])],
    loss,
    readout: `w = ${f(o.w)} · b = ${f(o.b)} · mean cross-entropy ${formatNumber(loss)}`,
    description:
      `${fitData.xs.length} labelled points on a line, label 0 drawn at the bottom and label 1 at the top, and the model p(y = 1 | x) = σ(w·x + b) with w = ${f(o.w)} and b = ${f(o.b)}. ` +
      `The probability crosses one half ${where}. The mean cross-entropy over the points is ${formatNumber(loss)}.`,
  };
}
