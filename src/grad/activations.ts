/** An activation function travelling with its derivative, as in TensorFlow Playground's nn.ts. */
export interface Activation {
  readonly name: string;
  readonly f: (x: number) => number;
  readonly df: (x: number) => number;
}

/** The logistic sigmoid σ(x) = 1 / (1 + e^−x), never NaN and never exp-overflowing for finite x. */
export function sigmoid(x: number): number {
  // Branch on the sign so that exp only ever sees a non-positive argument.
  if (x >= 0) return 1 / (1 + Math.exp(-x));
  const e = Math.exp(x);
  return e / (1 + e);
}

/** 1 − σ(x) = σ(−x), computed directly so that it keeps its precision for large x. */
export function sigmoidComplement(x: number): number {
  return sigmoid(-x);
}

/** σ'(x) = σ(x)·(1 − σ(x)), with 1 − σ(x) taken as σ(−x) to avoid cancellation. */
export function dsigmoid(x: number): number {
  return sigmoid(x) * sigmoid(-x);
}

/** The hyperbolic tangent (Math.tanh saturates to ±1 without overflow). */
export function tanh(x: number): number {
  return Math.tanh(x);
}

/** tanh'(x) = 1 − tanh²(x), written as 4σ(2x)σ(−2x) so it stays accurate where tanh(x) ≈ ±1. */
export function dtanh(x: number): number {
  return 4 * dsigmoid(2 * x);
}

/** The rectified linear unit max(0, x); NaN stays NaN. */
export function relu(x: number): number {
  return x > 0 || Number.isNaN(x) ? x : 0;
}

/** ReLU's derivative; at 0, where it has none, we take the subgradient 0, as PyTorch and TensorFlow do; NaN stays NaN. */
export function drelu(x: number): number {
  return x > 0 ? 1 : Number.isNaN(x) ? x : 0;
}

/** Leaky ReLU: x for x > 0, alpha·x otherwise. */
export function leakyRelu(x: number, alpha = 0.01): number {
  return x > 0 ? x : alpha * x;
}

/** Leaky ReLU's derivative; at 0 we take alpha, the left derivative; NaN stays NaN. */
export function dleakyRelu(x: number, alpha = 0.01): number {
  return x > 0 ? 1 : Number.isNaN(x) ? x : alpha;
}

/** softplus(x) = log(1 + e^x), stable: x + log1p(e^−x) for x > 0. */
export function softplus(x: number): number {
  return x > 0 ? x + Math.log1p(Math.exp(-x)) : Math.log1p(Math.exp(x));
}

/** softplus'(x) = σ(x). */
export function dsoftplus(x: number): number {
  return sigmoid(x);
}

/** log σ(x) = −softplus(−x), finite for every finite x. */
export function logSigmoid(x: number): number {
  return -softplus(-x);
}

/** (log σ)'(x) = 1 − σ(x) = σ(−x). */
export function dlogSigmoid(x: number): number {
  return sigmoid(-x);
}

/** The sigmoid with its derivative. */
export const sigmoidActivation: Activation = { name: "sigmoid", f: sigmoid, df: dsigmoid };
/** tanh with its derivative. */
export const tanhActivation: Activation = { name: "tanh", f: tanh, df: dtanh };
/** ReLU with its derivative (0 at 0). */
export const reluActivation: Activation = { name: "relu", f: relu, df: drelu };
/** Leaky ReLU (slope 0.01 for x ≤ 0) with its derivative. */
export const leakyReluActivation: Activation = {
  name: "leakyRelu",
  f: (x) => leakyRelu(x),
  df: (x) => dleakyRelu(x),
};
/** softplus with its derivative σ. */
export const softplusActivation: Activation = { name: "softplus", f: softplus, df: dsoftplus };
/** log σ with its derivative σ(−x). */
export const logSigmoidActivation: Activation = { name: "logSigmoid", f: logSigmoid, df: dlogSigmoid };
/** The identity, for linear output layers. */
export const linearActivation: Activation = { name: "linear", f: (x) => x, df: () => 1 };

/** Every activation by name, for widgets and options that pick one. */
export const activations = {
  sigmoid: sigmoidActivation,
  tanh: tanhActivation,
  relu: reluActivation,
  leakyRelu: leakyReluActivation,
  softplus: softplusActivation,
  logSigmoid: logSigmoidActivation,
  linear: linearActivation,
} as const satisfies Record<string, Activation>;

/** The name of an activation in `activations`. */
export type ActivationName = keyof typeof activations;
