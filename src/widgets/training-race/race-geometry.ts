import { scaleLinear } from "../linear-scale.ts";
import { scaleLog10 } from "../chart/log-scale.ts";
import { formatNumber } from "../format-number.ts";
import { RACE_STEPS } from "./race-options.ts";
import { RUNNER_NAMES, RUNNERS } from "./race-runners.ts";
import { round } from "../svg-path.ts";
import { mergeMarks, plotSeries, type OffScaleMark } from "../chart/plot-series.ts";

/** The loss plot's frame in SVG user units: steps on x, loss on a log axis on y. */
export const frame = { width: 640, height: 280, left: 44, right: 16, top: 12, bottom: 250 };
/** x position of a step. */
export const xScale = scaleLinear().domain([0, RACE_STEPS]).range([frame.left, frame.width - frame.right]);
/** Exponents of the loss axis: from about 3e−4, below the lowest labelled tick, to 10, above the spikes a large rate makes. */
export const LOSS_EXPONENTS = [-3.5, 1] as const;
/** Loss ticks on the axis. */
export const LOSS_TICKS = [0.001, 0.01, 0.1, 1, 10];
/**
 * y position of a loss, on a log axis: the ln 2 plateau, the slow descent and the last thousandths all show; a loss
 * beyond the axis is cut at the frame and marked.
 */
export const yScale = scaleLog10(LOSS_EXPONENTS, [frame.bottom, frame.top]);
/** The plot area. */
export const box = { x0: frame.left, x1: frame.width - frame.right, y0: frame.top, y1: frame.bottom };

/** What the race shows at one moment: each network's rate, and its losses from step 0 to the step reached. */
export interface RaceState {
  readonly step: number;
  /** Learning rates in RUNNERS order, the multiplier applied. */
  readonly rates: readonly number[];
  readonly losses: readonly (readonly number[])[];
}

/** One network's run as drawn: its rate, its curve so far, and its loss now. */
export interface Runner {
  readonly name: (typeof RUNNERS)[number];
  readonly rate: number;
  readonly path: string;
  readonly loss: number;
  /** The curve's runs beyond the frame. */
  readonly marks: readonly OffScaleMark[];
}

/** What the race draws for one state. */
export interface RaceGeometry {
  readonly step: number;
  readonly runners: readonly Runner[];
  readonly stepX: number;
  /** Every off-scale mark drawn. */
  readonly marks: readonly OffScaleMark[];
  readonly description: string;
}

/** A learning rate as the figure writes it: up to two decimals, no trailing zeros; "…" while it is not chosen yet. */
export function formatRate(v: number): string {
  // Before an embed's first sweep has chosen the rates there is no rate to show yet.
  return Number.isFinite(v) ? String(Number(v.toFixed(2))) : "…";
}

/** Lays out the three networks' loss curves as trained so far (losses[k][i] before step i + 1, up to the step reached). */
export function raceGeometry(s: RaceState): RaceGeometry {
  const label = (v: number) => formatNumber(v, 2);
  const runners = RUNNERS.map((name, k): Runner => {
    const losses = s.losses[k]!.slice(0, s.step + 1);
    const plot = plotSeries(losses, (_, i) => xScale(i), (l) => yScale(l), box, label);
    return { name, rate: s.rates[k]!, path: plot.d, loss: losses.at(-1)!, marks: plot.marks };
  });
  const rates = runners.map((r) => `${RUNNER_NAMES[r.name]} ${formatRate(r.rate)}`).join(", ");
  return {
    step: s.step,
    runners,
    stepX: round(xScale(s.step)),
    marks: mergeMarks(runners.flatMap((r) => r.marks), []),
    description:
      `Training loss (mean binary cross-entropy) against gradient-descent steps for three networks that differ only in their hidden activation, ` +
      `each at its own learning rate (${rates}), on the same seeded two-ring dataset. After ${s.step} steps the losses are: ${raceReadout(runners)}. ` +
      `Beside the curves, the data and each network's decision region: where it answers inside, and where outside.`,
  };
}

/** The losses now, as one line of text. */
export function raceReadout(runners: readonly Runner[]): string {
  return runners.map((r) => `${RUNNER_NAMES[r.name]}\u00a0${Number.isFinite(r.loss) ? formatNumber(r.loss) : "…"}`).join(" · ");
}
