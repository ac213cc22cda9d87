import { scaleLinear } from "../linear-scale.ts";
import { formatNumber } from "../format-number.ts";
import { RACE_STEPS, type RaceOptions } from "./race-options.ts";
import { RUNNERS, type RaceLosses } from "./race-runners.ts";
import { round } from "../svg-path.ts";
import { mergeMarks, placePoint, plotSeries, type OffScaleMark } from "../chart/plot-series.ts";

/** The plot's frame in SVG user units: steps on x, loss from 0 to 0.8 on y. */
export const frame = { width: 640, height: 280, left: 44, right: 16, top: 12, bottom: 250 };
/** x position of a step. */
export const xScale = scaleLinear().domain([0, RACE_STEPS]).range([frame.left, frame.width - frame.right]);
/** y position of a loss; a loss above 0.8 is cut at the frame and marked. */
export const yScale = scaleLinear().domain([0, 0.8]).range([frame.bottom, frame.top]);
/** The plot area. */
export const box = { x0: frame.left, x1: frame.width - frame.right, y0: frame.top, y1: frame.bottom };

/** One network's run: its curve, and its loss at the step being looked at. */
export interface Runner {
  readonly name: (typeof RUNNERS)[number];
  readonly path: string;
  readonly loss: number;
  readonly cy: number;
  /** The curve's runs beyond the frame. */
  readonly marks: readonly OffScaleMark[];
  /** The dot's own mark, when its loss lies beyond the frame. */
  readonly dotMark: OffScaleMark | null;
}

/** What the race draws for one state. */
export interface RaceGeometry {
  readonly runners: readonly Runner[];
  readonly stepX: number;
  /** Every off-scale mark drawn. */
  readonly marks: readonly OffScaleMark[];
  readonly description: string;
}

/** Lays out the three seeded trainings' loss curves (losses from raceLosses, in RUNNERS order). */
export function raceGeometry(o: RaceOptions, all: RaceLosses): RaceGeometry {
  const label = (v: number) => formatNumber(v, 2);
  const runners = RUNNERS.map((name, k): Runner => {
    const losses = all[k]!;
    const loss = losses[o.step]!;
    const plot = plotSeries(losses, (_, i) => xScale(i), (l) => yScale(l), box, label);
    const dot = placePoint(box, xScale(o.step), yScale(loss), label(loss));
    return { name, path: plot.d, loss, cy: dot.cy, marks: plot.marks, dotMark: dot.mark };
  });
  const list = runners.map((r) => `${r.name} ${formatNumber(r.loss)}`).join(", ");
  return {
    runners,
    stepX: round(xScale(o.step)),
    marks: mergeMarks(runners.flatMap((r) => r.marks), runners.map((r) => r.dotMark)),
    description:
      `Training loss (mean binary cross-entropy) against gradient-descent steps for three networks that differ only in their hidden activation, ` +
      `trained on the same seeded two-ring dataset with learning rate ${formatNumber(o.learningRate, 1)}. At step ${o.step} the losses are: ${list}.`,
  };
}
