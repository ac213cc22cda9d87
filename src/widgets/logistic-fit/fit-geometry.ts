import { scaleLinear } from "../linear-scale.ts";
import { sigmoid } from "../../grad/activations.ts";
import { logisticData, logisticLoss } from "../../grad/logistic-regression.ts";
import { formatNumber } from "../format-number.ts";
import { curvePath, round } from "../svg-path.ts";
import type { FitOptions } from "./fit-options.ts";

/** The sample the fit is drawn and trained on. */
export const fitData = logisticData();
/** The plot's frame: x from −4 to 5, probability from 0 to 1. */
export const frame = { width: 640, height: 272, left: 40, right: 16, top: 30, bottom: 238 };
/** x position of an input. */
export const xScale = scaleLinear().domain([-4, 5]).range([frame.left, frame.width - frame.right]).clamp(true);
/** y position of a probability. */
export const yScale = scaleLinear().domain([0, 1]).range([frame.bottom, frame.top]);

const xs = Array.from({ length: 181 }, (_, i) => -4 + i / 20);

/** What the fit draws for one (w, b). */
export interface FitGeometry {
  readonly curvePath: string;
  /** Where p = ½ (x = −b/w), or undefined when w = 0 and there is no boundary. */
  readonly boundaryX: number | undefined;
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
  return {
    curvePath: curvePath(xs, (x) => xScale(x), (x) => yScale(sigmoid(o.w * x + o.b))),
    boundaryX: boundary === undefined || boundary < -4 || boundary > 5 ? undefined : round(xScale(boundary)),
    loss,
    readout: `w = ${f(o.w)} · b = ${f(o.b)} · mean cross-entropy ${formatNumber(loss)}`,
    description:
      `${fitData.xs.length} labelled points on a line, label 0 drawn at the bottom and label 1 at the top, and the model p(y = 1 | x) = σ(w·x + b) with w = ${f(o.w)} and b = ${f(o.b)}. ` +
      `The probability crosses one half ${where}. The mean cross-entropy over the points is ${formatNumber(loss)}.`,
  };
}
