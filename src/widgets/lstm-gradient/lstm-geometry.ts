import { scaleLinear } from "../linear-scale.ts";
import { gateLstm, runLstm, runRnn, sequence } from "../../grad/recurrent.ts";
import { formatNumber } from "../format-number.ts";
import { curvePath, round } from "../svg-path.ts";
import { MAX_STEPS, type LstmOptions } from "./lstm-options.ts";

/** The plot's frame: steps back on x, the surviving gradient on a log y axis from 1e−40 to 1e5. */
export const frame = { width: 640, height: 280, left: 56, right: 16, top: 12, bottom: 248 };
/** x position of a step. */
export const xScale = scaleLinear().domain([0, MAX_STEPS]).range([frame.left, frame.width - frame.right]);
// A log axis as a linear scale over log10.
const yLog = scaleLinear().domain([-40, 5]).range([frame.bottom, frame.top]).clamp(true);
/** y position of a gradient's size, log scale, clamped to the plot (a zero lands on the floor). */
export const yScale = (v: number): number => yLog(Math.log10(Math.abs(v)));

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
  return {
    lstmPath: curvePath(lstm, (_, t) => xScale(t), (v) => yScale(v)),
    rnnPath: curvePath(rnn, (_, t) => xScale(t), (v) => yScale(v)),
    lstm: at(lstm),
    rnn: at(rnn),
    cx: round(xScale(o.steps)),
    cyLstm: round(yScale(at(lstm))),
    cyRnn: round(yScale(at(rnn))),
    readout: `after ${o.steps} steps: LSTM ∂c_T/∂c_0 = ${f(at(lstm))} · RNN ∂h_T/∂h_0 = ${f(at(rnn))}`,
    description:
      `Log-scale plot of how much of a change at step 0 still reaches step t, for t up to ${o.steps}, in two one-unit recurrent networks reading the same inputs. ` +
      `The LSTM's cell state, with forget gate ${formatNumber(o.forget)} and recurrent weight ${formatNumber(o.recurrent, 2)} on its gates, keeps ${f(at(lstm))}. ` +
      `The tanh RNN, with recurrent weight ${formatNumber(o.rnnWeight, 2)}, keeps ${f(at(rnn))}.`,
  };
}
