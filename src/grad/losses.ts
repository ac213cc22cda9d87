import { logSigmoid, sigmoid } from "./activations.ts";

/** Squared error (p̃ − p)² of one prediction p̃ against a target p. */
export function mse(prediction: number, target: number): number {
  const d = prediction - target;
  return d * d;
}

/** ∂/∂p̃ of (p̃ − p)²: 2(p̃ − p). */
export function dmseDprediction(prediction: number, target: number): number {
  return 2 * (prediction - target);
}

/** Squared error of σ(x) against p, as a function of the logit x. */
export function mseOfLogit(x: number, target: number): number {
  return mse(sigmoid(x), target);
}

/** ∂/∂x of (σ(x) − p)²: 2(p̃ − p)·p̃(1 − p̃) with p̃ = σ(x); the sigmoid factor uses p̃, never p. */
export function dmseDlogit(x: number, target: number): number {
  const p = sigmoid(x);
  return 2 * (p - target) * p * sigmoid(-x);
}

/** Binary cross-entropy −[p log p̃ + (1 − p) log(1 − p̃)] on a probability p̃ (clamped away from 0 and 1). */
export function bce(prediction: number, target: number, eps = 1e-15): number {
  const q = Math.min(Math.max(prediction, eps), 1 - eps);
  return -(target * Math.log(q) + (1 - target) * Math.log1p(-q));
}

/** ∂/∂p̃ of the binary cross-entropy: (p̃ − p) / (p̃(1 − p̃)), with the same clamp as bce. */
export function dbceDprediction(prediction: number, target: number, eps = 1e-15): number {
  const q = Math.min(Math.max(prediction, eps), 1 - eps);
  return (q - target) / (q * (1 - q));
}

/** Binary cross-entropy of σ(x) against p from the logit x, stable for any finite x. */
export function bceWithLogits(x: number, target: number): number {
  // −[p log σ(x) + (1 − p) log σ(−x)] with log σ computed as −softplus(−x).
  return -(target * logSigmoid(x) + (1 - target) * logSigmoid(-x));
}

/** ∂/∂x of bceWithLogits: σ(x) − p, the log cancelling the exponential. */
export function dbceWithLogits(x: number, target: number): number {
  return sigmoid(x) - target;
}

/** log Σ e^{xᵢ}, shifted by the maximum so it neither overflows nor underflows. */
export function logSumExp(xs: readonly number[]): number {
  if (xs.length === 0) return -Infinity;
  const m = Math.max(...xs);
  if (!Number.isFinite(m)) return m;
  let s = 0;
  for (const x of xs) s += Math.exp(x - m);
  return m + Math.log(s);
}

/** softmax(x)ᵢ = e^{xᵢ} / Σ e^{xⱼ}: non-negative, summing to 1, stable for large scores. */
export function softmax(xs: readonly number[]): number[] {
  const lse = logSumExp(xs);
  return xs.map((x) => Math.exp(x - lse));
}
