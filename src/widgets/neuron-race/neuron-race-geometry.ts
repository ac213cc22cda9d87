import { scaleLinear } from "../linear-scale.ts";
import { neuronRace, stepsToPrediction, type NeuronLoss } from "../../grad/neuron-race.ts";
import { formatNumber } from "../format-number.ts";
import { NEURON_STEPS, type NeuronRaceOptions } from "./neuron-race-options.ts";
import { round } from "../svg-path.ts";
import { mergeMarks, placePoint, plotSeries, type OffScaleMark } from "../chart/plot-series.ts";

/** Two stacked panels over the steps: the prediction p̃ above, the logit below. */
export const frame = { width: 640, height: 360, left: 44, right: 16, top: { y0: 20, y1: 160 }, bottom: { y0: 200, y1: 330 } };
/** x position of a step. */
export const xScale = scaleLinear().domain([0, NEURON_STEPS]).range([frame.left, frame.width - frame.right]);
/** y position of a prediction. */
export const yP = scaleLinear().domain([0, 1]).range([frame.top.y1, frame.top.y0]);
/** y position of a logit; a logit beyond ±10 is cut at the panel and marked. */
export const yZ = scaleLinear().domain([-10, 10]).range([frame.bottom.y1, frame.bottom.y0]);
/** The two panels' plot areas. */
export const boxP = { x0: frame.left, x1: frame.width - frame.right, y0: frame.top.y0, y1: frame.top.y1 };
export const boxZ = { x0: frame.left, x1: frame.width - frame.right, y0: frame.bottom.y0, y1: frame.bottom.y1 };

/** One loss's run as drawn: its two curves and its values at the step being looked at. */
export interface Runner {
  readonly loss: NeuronLoss;
  readonly pPath: string;
  readonly zPath: string;
  readonly p: number;
  readonly z: number;
  readonly cyP: number;
  readonly cyZ: number;
  /** The first step at which p̃ ≥ 0.9, or −1. */
  readonly reaches: number;
  /** Each curve's runs beyond its panel. */
  readonly pMarks: readonly OffScaleMark[];
  readonly zMarks: readonly OffScaleMark[];
  /** The dots' own marks (p̃, then the logit), null where a dot is inside its panel. */
  readonly dotMarks: readonly (OffScaleMark | null)[];
}

/** What the neuron race draws for one state. */
export interface NeuronRaceGeometry {
  readonly runners: readonly Runner[];
  readonly stepX: number;
  /** Every off-scale mark drawn. */
  readonly marks: readonly OffScaleMark[];
  readonly description: string;
}

const label = (v: number) => formatNumber(v, 2);

/** One loss's run from a start and a learning rate, with its two curves plotted: what every step of that race shares. */
interface PlottedRun {
  readonly run: ReturnType<typeof neuronRace>;
  readonly pPlot: ReturnType<typeof plotSeries>;
  readonly zPlot: ReturnType<typeof plotSeries>;
}

// The runs and curves of the last few starts and learning rates. Scrubbing or playing the steps redraws the same race
// every frame, and a slider snaps to its step, so a reader dragging the start back and forth meets the same few values:
// each race is trained and plotted once, not on every frame. That also spares the garbage of its four path strings:
// dragging the start collected the young generation in one update of seven (0.7 ms each), now in one of twenty.
const plotted = new Map<string, PlottedRun>();
const KEPT_RACES = 64;

/** The run for a loss, start and learning rate, trained and plotted once while it is among the last KEPT_RACES asked for. */
function plottedRun(loss: NeuronLoss, z0: number, learningRate: number): PlottedRun {
  const key = `${loss} ${z0} ${learningRate}`;
  const kept = plotted.get(key);
  if (kept) return kept;
  const run = neuronRace(loss, { z0, learningRate, steps: NEURON_STEPS });
  const made = {
    run,
    pPlot: plotSeries(run.p, (_, i) => xScale(i), (v) => yP(v), boxP, label),
    zPlot: plotSeries(run.z, (_, i) => xScale(i), (v) => yZ(v), boxZ, label),
  };
  if (plotted.size >= KEPT_RACES) plotted.delete(plotted.keys().next().value!);
  plotted.set(key, made);
  return made;
}

/** Trains the neuron with MSE and with cross-entropy from the same start and lays out both runs. */
export function neuronRaceGeometry(o: NeuronRaceOptions): NeuronRaceGeometry {
  const runners = (["mse", "ce"] as const).map((loss): Runner => {
    const { run, pPlot, zPlot } = plottedRun(loss, o.z0, o.learningRate);
    const dotP = placePoint(boxP, xScale(o.step), yP(run.p[o.step]!), label(run.p[o.step]!));
    const dotZ = placePoint(boxZ, xScale(o.step), yZ(run.z[o.step]!), label(run.z[o.step]!));
    return {
      loss,
      pPath: pPlot.d,
      zPath: zPlot.d,
      p: run.p[o.step]!,
      z: run.z[o.step]!,
      cyP: dotP.cy,
      cyZ: dotZ.cy,
      reaches: stepsToPrediction(run.p, 0.9),
      pMarks: pPlot.marks,
      zMarks: zPlot.marks,
      dotMarks: [dotP.mark, dotZ.mark],
    };
  });
  const f = (v: number) => formatNumber(v);
  const when = (r: Runner) => (r.reaches < 0 ? `does not reach 0.9 within ${NEURON_STEPS} steps` : `reaches 0.9 at step ${r.reaches}`);
  const [mse, ce] = runners as [Runner, Runner];
  return {
    runners,
    stepX: round(xScale(o.step)),
    marks: mergeMarks(runners.flatMap((r) => [...r.pMarks, ...r.zMarks]), runners.flatMap((r) => r.dotMarks)),
    description:
      `One sigmoid neuron with target 1, started at logit ${f(o.z0)} (prediction ${f(1 / (1 + Math.exp(-o.z0)))}) and trained with learning rate ${formatNumber(o.learningRate, 1)}. ` +
      `With squared error the prediction ${when(mse)}; with cross-entropy it ${when(ce)}. ` +
      `At step ${o.step}: squared error run p̃ = ${f(mse.p)} (logit ${f(mse.z)}), cross-entropy run p̃ = ${f(ce.p)} (logit ${f(ce.z)}).`,
  };
}
