import { dsigmoid, sigmoid } from "./activations.ts";

/** The chain x → q → j → k of single sigmoid units, no biases, as in the backprop notes. */
export interface ChainSettings {
  readonly x: number;
  /** Target of the output σ(k). */
  readonly y: number;
  /** Weights on the edges x→q, q→j and j→k. */
  readonly wxq: number;
  readonly wqj: number;
  readonly wjk: number;
  /** Learning rate η. */
  readonly eta: number;
}

/** Every quantity of one forward and backward pass through the chain, in the notes' sign convention (δ = −∂L/∂pre-activation). */
export interface ChainPass {
  /** Pre-activations. */
  readonly q: number;
  readonly j: number;
  readonly k: number;
  /** Output ŷ = σ(k) and the loss L = (y − ŷ)². */
  readonly yHat: number;
  readonly loss: number;
  /** Error terms δ = −∂L/∂(pre-activation). */
  readonly deltaK: number;
  readonly deltaJ: number;
  readonly deltaQ: number;
  /** Weight updates Δw = −η·∂L/∂w = η·δ·(input of the edge). */
  readonly dwJK: number;
  readonly dwQJ: number;
  readonly dwXQ: number;
}

/** The default example of the article: one input, target 1, weights that keep every unit away from saturation. */
export const DEFAULT_CHAIN: ChainSettings = { x: 1, y: 1, wxq: 0.5, wqj: -1, wjk: 2, eta: 0.5 };

/** Squared error of the chain's output for given weights (what the error terms differentiate). */
export function chainLoss(s: ChainSettings): number {
  const yHat = sigmoid(s.wjk * sigmoid(s.wqj * sigmoid(s.wxq * s.x)));
  return (s.y - yHat) ** 2;
}

/** Runs the chain forward, then its error terms backward, one layer at a time. */
export function backpropChain(s: ChainSettings): ChainPass {
  const q = s.wxq * s.x;
  const j = s.wqj * sigmoid(q);
  const k = s.wjk * sigmoid(j);
  const yHat = sigmoid(k);
  const deltaK = 2 * (s.y - yHat) * dsigmoid(k);
  const deltaJ = deltaK * s.wjk * dsigmoid(j);
  const deltaQ = deltaJ * s.wqj * dsigmoid(q);
  return {
    q,
    j,
    k,
    yHat,
    loss: (s.y - yHat) ** 2,
    deltaK,
    deltaJ,
    deltaQ,
    dwJK: s.eta * deltaK * sigmoid(j),
    dwQJ: s.eta * deltaJ * sigmoid(q),
    dwXQ: s.eta * deltaQ * s.x,
  };
}
