import { sigmoid } from "./activations.ts";

/** Michael Nielsen's example target on [0, 1]: 0.2 + 0.4x² + 0.3x·sin(15x) + 0.05·cos(50x). */
export function nielsenTarget(x: number): number {
  return 0.2 + 0.4 * x * x + 0.3 * x * Math.sin(15 * x) + 0.05 * Math.cos(50 * x);
}

/** A tower of height 1 on [a, b] made of two steep sigmoids: σ(s(x − a)) − σ(s(x − b)). */
export function tower(x: number, a: number, b: number, steepness: number): number {
  return sigmoid(steepness * (x - a)) - sigmoid(steepness * (x - b));
}

/** One tower of an approximation: its walls a and b and its height. */
export interface TowerPart {
  readonly a: number;
  readonly b: number;
  readonly height: number;
}

/** The n equal towers that approximate f on [lo, hi], each as tall as f at the middle of its interval. */
export function towerParts(f: (x: number) => number, lo: number, hi: number, n: number): TowerPart[] {
  const width = (hi - lo) / n;
  // The outer walls stand well outside [lo, hi], so the ends are not cut to half height by a wall at the edge.
  const edge = (i: number): number => (i === 0 ? lo - (hi - lo) : i === n ? hi + (hi - lo) : lo + i * width);
  return Array.from({ length: n }, (_, i) => ({ a: edge(i), b: edge(i + 1), height: f(lo + (i + 0.5) * width) }));
}

/** n equal towers across [lo, hi], each as tall as f at the middle of its interval: a one-hidden-layer network of 2n sigmoids. */
export function towerApproximation(f: (x: number) => number, lo: number, hi: number, n: number, steepness: number): (x: number) => number {
  const parts = towerParts(f, lo, hi, n);
  return (x) => parts.reduce((sum, p) => sum + p.height * tower(x, p.a, p.b, steepness), 0);
}

/** The largest and the root-mean-square difference between f and g on an even grid over [lo, hi]. */
export function approximationError(
  f: (x: number) => number,
  g: (x: number) => number,
  lo: number,
  hi: number,
  samples = 1001,
): { max: number; rms: number } {
  let max = 0;
  let squares = 0;
  for (let i = 0; i < samples; i++) {
    const x = lo + ((hi - lo) * i) / (samples - 1);
    const d = Math.abs(f(x) - g(x));
    max = Math.max(max, d);
    squares += d * d;
  }
  return { max, rms: Math.sqrt(squares / samples) };
}
