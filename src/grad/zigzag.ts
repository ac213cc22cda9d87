import { sigmoid } from "./activations.ts";
import { rng } from "./rng.ts";

/** A point in a neuron's two-weight space. */
export type Weights2 = readonly [number, number];

/** Spread of the pre-activations behind the inputs: sigmoid outputs near one half, as in a freshly initialised layer. */
export const ZIGZAG_SPREAD = 0.5;

/** The weights the zig-zag demonstration aims for: they need opposite signs. */
export const ZIGZAG_TARGET: Weights2 = [1, -1];

/**
 * Inputs a neuron receives from the layer below: sigmoid outputs (all positive), or the same values shifted to
 * be centred on zero, as a zero-centred activation would give. Seeded, so both kinds see the same draws.
 */
export function zigzagInputs(centred: boolean, n = 200, seed = 5): Weights2[] {
  const r = rng(seed);
  return Array.from({ length: n }, () => {
    const a = sigmoid(ZIGZAG_SPREAD * r.normal());
    const b = sigmoid(ZIGZAG_SPREAD * r.normal());
    return centred ? ([a - 0.5, b - 0.5] as const) : ([a, b] as const);
  });
}

/**
 * Per-example gradient descent on the squared error ½(w·a − w*·a)² of a linear unit, from the origin toward
 * ZIGZAG_TARGET. Each update is −η·δ·a: with all-positive inputs a, both weights move in the same direction.
 */
export function zigzagPath(centred: boolean, learningRate: number, steps: number): Weights2[] {
  const inputs = zigzagInputs(centred);
  const path: Weights2[] = [[0, 0]];
  let [w1, w2] = [0, 0];
  for (let s = 0; s < steps; s++) {
    const [a1, a2] = inputs[s % inputs.length]!;
    const delta = w1 * a1 + w2 * a2 - (ZIGZAG_TARGET[0] * a1 + ZIGZAG_TARGET[1] * a2);
    w1 -= learningRate * delta * a1;
    w2 -= learningRate * delta * a2;
    path.push([w1, w2]);
  }
  return path;
}

/** Euclidean distance from a point to ZIGZAG_TARGET. */
export function distanceToTarget([w1, w2]: Weights2): number {
  return Math.hypot(w1 - ZIGZAG_TARGET[0], w2 - ZIGZAG_TARGET[1]);
}

/** Share of a path's steps that moved both weights the same way (both up or both down). */
export function sameSignShare(path: readonly Weights2[]): number {
  let same = 0;
  for (let i = 1; i < path.length; i++) {
    const d1 = path[i]![0] - path[i - 1]![0];
    const d2 = path[i]![1] - path[i - 1]![1];
    if (d1 * d2 > 0) same++;
  }
  return same / (path.length - 1);
}

/** The first step at which a path is within `tolerance` of the target, or −1. */
export function stepsToTarget(path: readonly Weights2[], tolerance: number): number {
  return path.findIndex((p) => distanceToTarget(p) <= tolerance);
}
