import { scaleLinear } from "../linear-scale.ts";
import { dsigmoid, sigmoid } from "../../grad/activations.ts";
import { bestStep, logSpace, stepErrors, type StepError } from "../../grad/finite-diff.ts";
import type { StepErrorOptions } from "./step-error-options.ts";
import { round } from "../svg-path.ts";
import { trueMinus } from "../format-number.ts";
import { mergeMarks, placePoint, plotSeries, type OffScaleMark } from "../chart/plot-series.ts";

/** The plot's frame in SVG user units, and the log10 ranges of its axes. */
export const frame = { width: 640, height: 340, left: 56, right: 16, top: 16, bottom: 296, logEps: [-12, -1] as const, logErr: [-16, 0] as const };

/** Step sizes drawn and searched: ten to a decade, the same grid the article's prose quotes. */
export const grid: readonly number[] = logSpace(frame.logEps[0], frame.logEps[1], 10);

/** x position of log10 ε. */
export const xScale = scaleLinear().domain(frame.logEps).range([frame.left, frame.width - frame.right]);
/** y position of log10 of the relative error; an error below 1e−16 (0 among them) is cut at the frame and marked. */
export const yScale = scaleLinear().domain(frame.logErr).range([frame.bottom, frame.top]);
/** The plot area. */
export const box = { x0: frame.left, x1: frame.width - frame.right, y0: frame.top, y1: frame.bottom };

/** One method's curve, its error at the chosen ε, and its best step on the grid. */
export interface MethodGeometry {
  readonly path: string;
  readonly at: StepError & { readonly cx: number; readonly cy: number };
  readonly best: StepError & { readonly cx: number; readonly cy: number };
  /** The curve's runs beyond the frame. */
  readonly marks: readonly OffScaleMark[];
  /** The two dots' own marks (at ε, best), null when inside. */
  readonly dotMarks: readonly (OffScaleMark | null)[];
}

/** What the plot draws for one state. */
export interface StepErrorGeometry {
  readonly forward: MethodGeometry;
  readonly central: MethodGeometry;
  readonly epsX: number;
  /** Every off-scale mark drawn. */
  readonly marks: readonly OffScaleMark[];
  readonly description: string;
}

/** A relative error as an off-scale label: "0" when exact, else two significant digits. */
const errorLabel = (e: number): string => (e === 0 ? "0" : trueMinus(e.toExponential(1)));

function method(o: StepErrorOptions, kind: "forward" | "central"): MethodGeometry {
  const exact = dsigmoid(o.x);
  const errors = stepErrors(sigmoid, o.x, exact, kind, grid);
  const marks: (OffScaleMark | null)[] = [];
  const place = (e: StepError) => {
    const dot = placePoint(box, xScale(Math.log10(e.eps)), yScale(Math.log10(e.error)), errorLabel(e.error));
    marks.push(dot.mark);
    return { ...e, cx: dot.cx, cy: dot.cy };
  };
  const plot = plotSeries(errors, (e) => xScale(Math.log10(e.eps)), (e) => yScale(Math.log10(e.error)), box, (e) => errorLabel(e.error));
  const [at] = stepErrors(sigmoid, o.x, exact, kind, [10 ** o.logEps]);
  return { path: plot.d, at: place(at!), best: place(bestStep(errors)), marks: plot.marks, dotMarks: marks };
}

/** Computes the plot of forward and central difference errors against ε for σ at x. */
export function stepErrorGeometry(o: StepErrorOptions): StepErrorGeometry {
  const forward = method(o, "forward");
  const central = method(o, "central");
  const e = (v: number) => trueMinus(v.toExponential(1));
  const description =
    `Log–log plot of the relative error of two difference quotients for σ′ at x = ${trueMinus(o.x.toFixed(1))}, for step sizes ε from 10⁻¹² to 10⁻¹. ` +
    `Both errors first fall as ε shrinks (truncation error), then rise again (rounding error). ` +
    `At ε = ${e(10 ** o.logEps)} the forward difference is off by ${e(forward.at.error)} and the central difference by ${e(central.at.error)}. ` +
    `The forward difference is best at ε = ${e(forward.best.eps)} (error ${e(forward.best.error)}), the central difference at ε = ${e(central.best.eps)} (error ${e(central.best.error)}).`;
  const marks = mergeMarks([...forward.marks, ...central.marks], [...forward.dotMarks, ...central.dotMarks]);
  return { forward, central, epsX: round(xScale(o.logEps)), marks, description };
}
