import { mseEscapeLaw, mseEscapeSteps } from "../../grad/neuron-race.ts";
import type { ChartBox } from "../chart/chart-box.ts";
import { scaleLog10 } from "../chart/log-scale.ts";
import { fixedLabelFonts, placePoint, plotSeries, spaceLabels, type OffScaleMark } from "../chart/plot-series.ts";
import { formatNumber } from "../format-number.ts";
import { scaleLinear } from "../linear-scale.ts";

/** The plot in SVG user units: start logit across (further out to the right), steps up on a log axis; its text is `font` units at every width. */
export const frame = { width: 320, height: 250, x0: 54, x1: 306, y0: 22, y1: 190, font: 12 };
export const box: ChartBox = frame;
/** Starting logits shown, as |z0|. */
export const STARTS = [2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];
/** The learning rates compared. */
export const RATES = [1, 0.1];
/** Exponents of the step axis: 1 to a million steps. */
export const STEP_EXPONENTS = [0, 6] as const;
export const xScale = scaleLinear().domain([2, 12]).range([frame.x0, frame.x1]);
export const yScale = scaleLog10(STEP_EXPONENTS, [frame.y1, frame.y0]);

/** One learning rate's law (a line) and trained runs (dots). */
export interface EscapeSeries {
  readonly rate: number;
  readonly lawPath: string;
  readonly dots: readonly { readonly cx: number; readonly cy: number; readonly steps: number; readonly z0: number }[];
  readonly marks: readonly OffScaleMark[];
}

/** The law e^|z0|/(4η) and the trained steps to one half, for each rate; values beyond the axis spaced across both rates at the figure's text size. */
export function escapeGeometry(): readonly EscapeSeries[] {
  const fonts = fixedLabelFonts(frame.font);
  const series = RATES.map((rate) => {
    const fine = Array.from({ length: 101 }, (_, i) => 2 + i / 10);
    const law = plotSeries(fine, (a) => xScale(a), (a) => yScale(mseEscapeLaw(-a, rate)), box, (a) => formatNumber(mseEscapeLaw(-a, rate), 0), "keep", fonts);
    const placed = STARTS.map((a) => {
      const steps = mseEscapeSteps(-a, rate);
      return { steps, z0: -a, ...placePoint(box, xScale(a), yScale(steps), String(steps)) };
    });
    const dotMarks = placed.flatMap((p) => (p.mark ? [p.mark] : []));
    return { rate, lawPath: law.d, dots: placed.map(({ cx, cy, steps, z0 }) => ({ cx, cy, steps, z0 })), marks: [...law.marks, ...dotMarks] };
  });
  // Both rates share one frame: each value keeps clear of the other rate's as well as of its own line's.
  const marks = spaceLabels(series.flatMap((s) => s.marks), fonts);
  return series.map((s) => ({ ...s, marks: marks.splice(0, s.marks.length) }));
}
