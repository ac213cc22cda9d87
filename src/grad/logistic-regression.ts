import { bceWithLogits, dbceWithLogits } from "./losses.ts";
import { rng } from "./rng.ts";

/** A 1-D labelled sample: inputs and 0/1 labels. */
export interface Sample1d {
  readonly xs: readonly number[];
  readonly ys: readonly number[];
}

/** Where the two classes of logisticData are centred: label 0 around −1, label 1 around 1.5. */
export const LOGISTIC_CENTRES = [-1, 1.5] as const;

/** Two overlapping classes on a line (alternate labels 0 and 1, each its centre plus a standard normal draw), from a seeded RNG. */
export function logisticData(n = 40, seed = 3): Sample1d {
  const r = rng(seed);
  const xs: number[] = [];
  const ys: number[] = [];
  for (let i = 0; i < n; i++) {
    const label = i % 2;
    xs.push(LOGISTIC_CENTRES[label]! + r.normal());
    ys.push(label);
  }
  return { xs, ys };
}

/** Mean cross-entropy of p(y = 1 | x) = σ(w·x + b) over a sample. */
export function logisticLoss(w: number, b: number, data: Sample1d): number {
  return data.xs.reduce((s, x, i) => s + bceWithLogits(w * x + b, data.ys[i]!), 0) / data.xs.length;
}

/** Gradient of the mean cross-entropy in (w, b): the mean of (σ(w·x + b) − y)·(x, 1). */
export function logisticGradient(w: number, b: number, data: Sample1d): { dw: number; db: number } {
  let dw = 0;
  let db = 0;
  data.xs.forEach((x, i) => {
    const d = dbceWithLogits(w * x + b, data.ys[i]!);
    dw += d * x;
    db += d;
  });
  return { dw: dw / data.xs.length, db: db / data.xs.length };
}

/** One point of a fit's path: the parameters before a step, and their loss. */
export interface FitPoint {
  readonly w: number;
  readonly b: number;
  readonly loss: number;
}

/** Fits logistic regression by full-batch gradient descent from (w0, b0); returns the path, starting point included. */
export function fitLogistic(data: Sample1d, w0: number, b0: number, learningRate: number, steps: number): FitPoint[] {
  const path: FitPoint[] = [];
  let w = w0;
  let b = b0;
  for (let s = 0; s <= steps; s++) {
    path.push({ w, b, loss: logisticLoss(w, b, data) });
    const g = logisticGradient(w, b, data);
    w -= learningRate * g.dw;
    b -= learningRate * g.db;
  }
  return path;
}
