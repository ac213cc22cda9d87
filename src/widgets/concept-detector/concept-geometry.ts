import { scaleLinear } from "../linear-scale.ts";
import { sigmoid } from "../../grad/activations.ts";
import { formatNumber } from "../format-number.ts";
import { DIGITS, DIGIT_NAMES } from "./concept-options.ts";
import type { ChartBox } from "../chart/chart-box.ts";
import { fixedLabelFonts, placePoint, plotSeries, type OffScaleMark } from "../chart/plot-series.ts";

/** Grid size: 5 columns, 7 rows. */
export const COLS = 5;
export const ROWS = 7;

/** The detector's weights: +1 for the right-hand column, −1 for the left-hand one, 0 between ("a stroke on the right, none on the left"). */
export function weight(col: number): number {
  return col === COLS - 1 ? 1 : col === 0 ? -1 : 0;
}

/** A digit's pixels as 0/1, row by row. */
export function digitPixels(index: number): number[] {
  const rows = DIGITS[DIGIT_NAMES[index] ?? "four"];
  return rows.flatMap((r) => [...r].map((c) => (c === "#" ? 1 : 0)));
}

/** The small plot of σ(z) beside the grid, in SVG user units; its text is `font` units at every width (drawn beside the grid, not across the column). */
export const frame = { width: 320, height: 180, left: 36, right: 12, top: 12, bottom: 150, zDomain: [-10, 10] as const, font: 13 };
/** x position of a weighted sum z; a sum beyond ±10 puts the probe on the frame with a mark. */
export const zScale = scaleLinear().domain(frame.zDomain).range([frame.left, frame.width - frame.right]);
/** y position of an output. */
export const yScale = scaleLinear().domain([0, 1]).range([frame.bottom, frame.top]);
/** The plot area. */
export const box: ChartBox = { x0: frame.left, x1: frame.width - frame.right, y0: frame.top, y1: frame.bottom };

/** The detector's arithmetic and its plot for one grid and bias. */
export interface ConceptGeometry {
  readonly positive: number;
  readonly negative: number;
  readonly z: number;
  readonly step: number;
  readonly sigma: number;
  readonly sigmaPath: string;
  readonly stepPath: string;
  readonly probe: { readonly cx: number; readonly cySigma: number; readonly cyStep: number };
  /** The probe's marks when z lies beyond the axis. */
  readonly marks: readonly OffScaleMark[];
  readonly description: string;
}

/** The sums the σ curve is sampled at. */
export const zs = Array.from({ length: 161 }, (_, i) => -10 + i / 8);
// The σ curve, the same for every grid: made on first use, not as the module is imported. The live figure adopts the
// build's and draws nothing as it hydrates; made there, it cost the module's evaluation about 0.5 ms at 1x.
let sigmaPlot: ReturnType<typeof plotSeries> | undefined;
const sigmaCurve = () => (sigmaPlot ??= plotSeries(zs, (v) => zScale(v), (v) => yScale(sigmoid(v)), box, (v) => formatNumber(sigmoid(v), 2), "keep", fixedLabelFonts(frame.font)));

/** Weighs the pixels, adds the bias, and passes the sum through the step and through σ. */
export function conceptGeometry(pixels: readonly number[], bias: number): ConceptGeometry {
  let positive = 0;
  let negative = 0;
  pixels.forEach((p, i) => {
    const w = weight(i % COLS) * p;
    if (w > 0) positive += w;
    else negative -= w;
  });
  const z = positive - negative + bias;
  const step = z > 0 ? 1 : 0;
  const sigma = sigmoid(z);
  const f = (v: number) => formatNumber(v, 2);
  // Beyond the axis both dots sit on its end; one mark carries z there.
  const dotSigma = placePoint(box, zScale(z), yScale(sigma), `z = ${f(z)}`);
  const dotStep = placePoint(box, zScale(z), yScale(step), "");
  const sigmaPlot = sigmaCurve();
  return {
    positive,
    negative,
    z,
    step,
    sigma,
    sigmaPath: sigmaPlot.d,
    stepPath: `M${zScale(-10)},${yScale(0)}H${zScale(0)}V${yScale(1)}H${zScale(10)}`,
    probe: { cx: dotSigma.cx, cySigma: dotSigma.cy, cyStep: dotStep.cy },
    marks: [...sigmaPlot.marks, ...(dotSigma.mark ? [dotSigma.mark] : [])],
    description:
      `A 5 by 7 pixel grid. Inked pixels in the right-hand column add 1 each (${positive} here), inked pixels in the left-hand column subtract 1 each (${negative} here). ` +
      `With bias ${f(bias)} the weighted sum is z = ${f(z)}: the step function outputs ${step} and the sigmoid ${f(sigma)}.`,
  };
}
