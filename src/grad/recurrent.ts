import { dsigmoid, dtanh, sigmoid } from "./activations.ts";
import { rng } from "./rng.ts";

/** One gate of a scalar LSTM: input weight w, recurrent weight u, bias b. */
export interface GateParams {
  readonly w: number;
  readonly u: number;
  readonly b: number;
}

/** A one-unit LSTM: forget, input and output gates (sigmoids) and the candidate (tanh). */
export interface LstmParams {
  readonly f: GateParams;
  readonly i: GateParams;
  readonly o: GateParams;
  readonly g: GateParams;
}

/** The state after each step, and ∂c_t/∂c_0, the share of a change in the first cell state that reaches step t. */
export interface LstmRun {
  readonly c: number[];
  readonly h: number[];
  readonly dcDc0: number[];
}

/**
 * Runs the standard cell f = σ(·), i = σ(·), o = σ(·), g = tanh(·), c_t = f⊙c_{t−1} + i⊙g, h_t = o⊙tanh(c_t)
 * over the inputs, carrying ∂c_t/∂c_0 and ∂h_t/∂c_0 forward (forward-mode differentiation: every path counts,
 * through the cell state and through the gates' recurrent weights).
 */
export function runLstm(p: LstmParams, xs: readonly number[], c0 = 0, h0 = 0): LstmRun {
  const c = [c0];
  const h = [h0];
  const dcDc0 = [1];
  let dh = 0;
  for (const x of xs) {
    const cPrev = c.at(-1)!;
    const hPrev = h.at(-1)!;
    const dc = dcDc0.at(-1)!;
    const z = (q: GateParams) => q.w * x + q.u * hPrev + q.b;
    const [zf, zi, zo, zg] = [z(p.f), z(p.i), z(p.o), z(p.g)];
    const [f, i, o, g] = [sigmoid(zf), sigmoid(zi), sigmoid(zo), Math.tanh(zg)];
    const cNext = f * cPrev + i * g;
    const dcNext = dsigmoid(zf) * p.f.u * dh * cPrev + f * dc + dsigmoid(zi) * p.i.u * dh * g + i * dtanh(zg) * p.g.u * dh;
    const dhNext = dsigmoid(zo) * p.o.u * dh * Math.tanh(cNext) + o * dtanh(cNext) * dcNext;
    c.push(cNext);
    h.push(o * Math.tanh(cNext));
    dcDc0.push(dcNext);
    dh = dhNext;
  }
  return { c, h, dcDc0 };
}

/** The state of a plain tanh RNN h_t = tanh(w·h_{t−1} + v·x_t) after each step, and ∂h_t/∂h_0. */
export interface RnnRun {
  readonly h: number[];
  readonly dhDh0: number[];
}

/** Runs a one-unit tanh RNN over the inputs, carrying ∂h_t/∂h_0 forward: each step multiplies it by w·tanh′(·). */
export function runRnn(w: number, v: number, xs: readonly number[], h0 = 0): RnnRun {
  const h = [h0];
  const dhDh0 = [1];
  for (const x of xs) {
    const z = w * h.at(-1)! + v * x;
    h.push(Math.tanh(z));
    dhDh0.push(dtanh(z) * w * dhDh0.at(-1)!);
  }
  return { h, dhDh0 };
}

/** The standard deviation of the inputs `sequence` draws. */
export const SEQUENCE_SD = 0.5;

/** A seeded input sequence (normal, mean 0, standard deviation SEQUENCE_SD) that the LSTM and RNN comparisons share. */
export function sequence(length: number, seed = 11): number[] {
  const r = rng(seed);
  return Array.from({ length }, () => SEQUENCE_SD * r.normal());
}

/** The log-odds of a probability: the bias that makes a gate with zero weights output p. */
export function logit(p: number): number {
  return Math.log(p / (1 - p));
}

/**
 * The LSTM the article compares: forget gate held at `forget` by its bias, input and output gates at one half,
 * candidate tanh(x_t + uG·h_{t−1}) (input weight 1), and recurrent weight `u` on the three gates (0 leaves the cell
 * state as the only path); the candidate's recurrent weight uG is u unless given.
 */
export function gateLstm(forget: number, u = 0, uG = u): LstmParams {
  return { f: { w: 0, u, b: logit(forget) }, i: { w: 0, u, b: 0 }, o: { w: 0, u, b: 0 }, g: { w: 1, u: uG, b: 0 } };
}
