import { scaleLinear } from "../linear-scale.ts";
import { gateLstm, runLstm, runRnn, sequence } from "../../grad/recurrent.ts";
import { formatNumber } from "../format-number.ts";
import { round } from "../svg-path.ts";
import type { ChartBox } from "../chart/chart-box.ts";
import { scaleLog10 } from "../chart/log-scale.ts";
import { pointAreas } from "../chart/figure-marks.ts";
import { mergeMarks, placePoint, plotSeries, type OffScaleMark } from "../chart/plot-series.ts";
import { MAX_STEPS, type LstmOptions } from "./lstm-options.ts";

/** The plot's frame: steps back on x, the surviving gradient on a log y axis. */
export const frame = { width: 640, height: 280, left: 56, right: 16, top: 12, bottom: 248 };
/** The plot area inside the frame. */
export const box: ChartBox = { x0: frame.left, x1: frame.width - frame.right, y0: frame.top, y1: frame.bottom };
/** x position of a step. */
export const xScale = scaleLinear().domain([0, MAX_STEPS]).range([box.x0, box.x1]);
/** The y axis's decades, 1e−45 to 1e5: the text's smallest value (the RNN with weight 2 after 50 steps, 7.0e−40) falls inside. */
export const Y_EXPONENTS = [-45, 5] as const;
/** y position of a gradient's size, log scale; values beyond the frame (a zero among them) are marked, not clamped. */
export const yScale = scaleLog10(Y_EXPONENTS, [box.y1, box.y0]);

/** The inputs both networks read. */
export const inputs = sequence(MAX_STEPS);

/** What the comparison draws for one setting. */
export interface LstmGeometry {
  readonly lstmPath: string;
  readonly rnnPath: string;
  readonly lstm: number;
  readonly rnn: number;
  readonly cx: number;
  readonly cyLstm: number;
  readonly cyRnn: number;
  /** Each curve's runs beyond the frame. */
  readonly lstmMarks: readonly OffScaleMark[];
  readonly rnnMarks: readonly OffScaleMark[];
  /** Every mark drawn: the curves', and a dot's own unless its curve's mark already carries its value. */
  readonly marks: readonly OffScaleMark[];
  /** Both curves' points inside the frame, for the y labels to keep clear of. */
  readonly points: readonly ChartBox[];
  readonly readout: string;
  readonly description: string;
}

/** Runs both cells over the first T inputs: ∂c_t/∂c_0 for the LSTM, ∂h_t/∂h_0 for the RNN, for every t up to T. */
export function lstmGeometry(o: LstmOptions): LstmGeometry {
  const xs = inputs.slice(0, o.steps);
  const lstm = runLstm(gateLstm(o.forget, o.recurrent), xs).dcDc0;
  const rnn = runRnn(o.rnnWeight, 1, xs).dhDh0;
  const at = (series: readonly number[]) => series.at(-1)!;
  const f = (v: number) => formatNumber(v);
  const label = (v: number) => formatNumber(v, 2);
  const plot = (series: readonly number[]) => plotSeries(series, (_, t) => xScale(t), (v) => yScale(v), box, label);
  const [lstmPlot, rnnPlot] = [plot(lstm), plot(rnn)];
  const dots = [lstm, rnn].map((s) => placePoint(box, xScale(o.steps), yScale(at(s)), label(at(s))));
  const marks = mergeMarks([...lstmPlot.marks, ...rnnPlot.marks], dots.map((d) => d.mark));
  return {
    lstmPath: lstmPlot.d,
    rnnPath: rnnPlot.d,
    lstm: at(lstm),
    rnn: at(rnn),
    cx: round(xScale(o.steps)),
    cyLstm: dots[0]!.cy,
    cyRnn: dots[1]!.cy,
    lstmMarks: lstmPlot.marks,
    rnnMarks: rnnPlot.marks,
    marks,
    points: [lstm, rnn].flatMap((s) => pointAreas(box, s.length, (t) => xScale(t), (t) => yScale(s[t]!))),
    readout: `after ${o.steps} steps: LSTM ∂c_T/∂c_0 = ${f(at(lstm))} · RNN ∂h_T/∂h_0 = ${f(at(rnn))}`,
    description:
      `Log-scale plot of how much of a change at step 0 still reaches step t, for t up to ${o.steps}, in two one-unit recurrent networks reading the same inputs. ` +
      `The LSTM's cell state, with forget gate ${formatNumber(o.forget)} and recurrent weight ${formatNumber(o.recurrent, 2)} on its gates, keeps ${f(at(lstm))}. ` +
      `The tanh RNN, with recurrent weight ${formatNumber(o.rnnWeight, 2)}, keeps ${f(at(rnn))}.`,
  };
}
