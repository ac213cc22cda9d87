import { scaleLinear } from "../linear-scale.ts";
import { dsigmoid, sigmoid } from "../../grad/activations.ts";
import { bestStep, logSpace, stepErrors, type StepError } from "../../grad/finite-diff.ts";
import type { StepErrorOptions } from "./step-error-options.ts";
import { curvePath, round } from "../svg-path.ts";

/** The plot's frame in SVG user units, and the log10 ranges of its axes. */
export const frame = { width: 640, height: 340, left: 56, right: 16, top: 16, bottom: 296, logEps: [-12, -1] as const, logErr: [-16, 0] as const };

/** Step sizes drawn and searched: ten to a decade, the same grid the article's prose quotes. */
export const grid: readonly number[] = logSpace(frame.logEps[0], frame.logEps[1], 10);

/** x position of log10 ε. */
export const xScale = scaleLinear().domain(frame.logEps).range([frame.left, frame.width - frame.right]);
/** y position of log10 of the relative error, clamped to the axis. */
export const yScale = scaleLinear().domain(frame.logErr).range([frame.bottom, frame.top]).clamp(true);

/** One method's curve, its error at the chosen ε, and its best step on the grid. */
export interface MethodGeometry {
  readonly path: string;
  readonly at: StepError & { readonly cx: number; readonly cy: number };
  readonly best: StepError & { readonly cx: number; readonly cy: number };
}

/** What the plot draws for one state. */
export interface StepErrorGeometry {
  readonly forward: MethodGeometry;
  readonly central: MethodGeometry;
  readonly epsX: number;
  readonly description: string;
}

// An error of exactly 0 has no logarithm; it is drawn on the axis floor.
const log10Error = (e: number): number => Math.max(frame.logErr[0], Math.log10(e));

function method(o: StepErrorOptions, kind: "forward" | "central"): MethodGeometry {
  const exact = dsigmoid(o.x);
  const errors = stepErrors(sigmoid, o.x, exact, kind, grid);
  const place = (e: StepError) => ({ ...e, cx: round(xScale(Math.log10(e.eps))), cy: round(yScale(log10Error(e.error))) });
  const path =
    curvePath(errors, (e) => xScale(Math.log10(e.eps)), (e) => yScale(log10Error(e.error)));
  const [at] = stepErrors(sigmoid, o.x, exact, kind, [10 ** o.logEps]);
  return { path, at: place(at!), best: place(bestStep(errors)) };
}

/** Computes the plot of forward and central difference errors against ε for σ at x. */
export function stepErrorGeometry(o: StepErrorOptions): StepErrorGeometry {
  const forward = method(o, "forward");
  const central = method(o, "central");
  const e = (v: number) => v.toExponential(1).replace("-", "−");
  const description =
    `Log–log plot of the relative error of two difference quotients for σ′ at x = ${o.x.toFixed(1)}, for step sizes ε from 10⁻¹² to 10⁻¹. ` +
    `Both errors first fall as ε shrinks (truncation error), then rise again (rounding error). ` +
    `At ε = ${e(10 ** o.logEps)} the forward difference is off by ${e(forward.at.error)} and the central difference by ${e(central.at.error)}. ` +
    `The forward difference is best at ε = ${e(forward.best.eps)} (error ${e(forward.best.error)}), the central difference at ε = ${e(central.best.eps)} (error ${e(central.best.error)}).`;
  return { forward, central, epsX: round(xScale(o.logEps)), description };
}
