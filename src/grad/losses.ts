import { sigmoid, softplus } from "./activations.ts";

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
  const d = sigmoidMinus(x, target);
  return d * d;
}

/** ∂/∂x of (σ(x) − p)²: 2(p̃ − p)·p̃(1 − p̃) with p̃ = σ(x); the sigmoid factor uses p̃, never p. */
export function dmseDlogit(x: number, target: number): number {
  return 2 * sigmoidMinus(x, target) * sigmoid(x) * sigmoid(-x);
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

/** Binary cross-entropy of σ(x) against p ∈ [0, 1] from the logit x, finite wherever its true value is, ±∞ included. */
export function bceWithLogits(x: number, target: number): number {
  checkTarget("bceWithLogits", target);
  // p·softplus(−x) + (1 − p)·softplus(x), each term left out when its weight is 0: 0·∞ is NaN, but a label
  // of 1 never pays for the logit going to +∞.
  return weighted(target, softplus(-x)) + weighted(1 - target, softplus(x));
}

/** ∂/∂x of bceWithLogits: σ(x) − p, the log cancelling the exponential. */
export function dbceWithLogits(x: number, target: number): number {
  checkTarget("dbceWithLogits", target);
  return sigmoidMinus(x, target);
}

/** log Σ e^{xᵢ}, shifted by the maximum so it neither overflows nor underflows; any length, NaN in gives NaN. */
export function logSumExp(xs: readonly number[]): number {
  const m = maxOf(xs);
  if (!Number.isFinite(m)) return m;
  return m + Math.log(shiftedExpSum(xs, m));
}

/** softmax(x)ᵢ = e^{xᵢ} / Σ e^{xⱼ}: non-negative, summing to 1, exact to rounding for scores up to ±1.8e308. */
export function softmax(xs: readonly number[]): number[] {
  if (xs.length === 0) return [];
  const m = maxOf(xs);
  if (Number.isNaN(m)) return xs.map(() => NaN);
  if (m === Infinity) {
    // The scores at +∞ share all the weight equally: the limit of softmax as they grow together.
    const top = xs.reduce((n, x) => (x === Infinity ? n + 1 : n), 0);
    return xs.map((x) => (x === Infinity ? 1 / top : 0));
  }
  if (m === -Infinity) throw new RangeError("softmax: every score is −∞, so no class has any weight");
  // Dividing by the shifted sum instead of subtracting log Σ: m + log s is rounded back to m when m is huge.
  const s = shiftedExpSum(xs, m);
  return xs.map((x) => Math.exp(x - m) / s);
}

/** σ(x) − p written as (1 − p)·σ(x) − p·σ(−x), so it keeps its digits when σ(x) is within rounding of p ∈ {0, 1}. */
function sigmoidMinus(x: number, target: number): number {
  return weighted(1 - target, sigmoid(x)) - weighted(target, sigmoid(-x));
}

function weighted(weight: number, term: number): number {
  return weight === 0 ? 0 : weight * term;
}

function checkTarget(name: string, target: number): void {
  if (!(target >= 0 && target <= 1)) throw new RangeError(`${name}: the target is a probability in [0, 1], not ${target}`);
}

/** The largest element by a loop (spreading a long array into Math.max overflows the call stack); −∞ for none, NaN if any is. */
function maxOf(xs: readonly number[]): number {
  let m = -Infinity;
  for (const x of xs) {
    if (Number.isNaN(x)) return NaN;
    if (x > m) m = x;
  }
  return m;
}

/** Σ e^{xᵢ − m}, with Neumaier's compensated summation so a million terms keep their digits. */
function shiftedExpSum(xs: readonly number[], m: number): number {
  let sum = 0;
  let carry = 0;
  for (const x of xs) {
    const term = Math.exp(x - m);
    const t = sum + term;
    carry += Math.abs(sum) >= term ? sum - t + term : term - t + sum;
    sum = t;
  }
  return sum + carry;
}
