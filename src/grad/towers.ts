import { sigmoid } from "./activations.ts";
import { integrate } from "./integrate.ts";
import { maximize } from "./maximize.ts";

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
  const walls = towerWalls(lo, hi, n);
  return Array.from({ length: n }, (_, i) => ({ a: walls[i]!, b: walls[i + 1]!, height: f(lo + (i + 0.5) * width) }));
}

/** The sum of the given towers, each h·(σ(s(x − a)) − σ(s(x − b))): a one-hidden-layer network of two sigmoids per tower. */
export function towerSum(parts: readonly TowerPart[], steepness: number): (x: number) => number {
  return (x) => {
    let sum = 0;
    for (const p of parts) sum += p.height * tower(x, p.a, p.b, steepness);
    return sum;
  };
}

/** n equal towers across [lo, hi], each as tall as f at the middle of its interval: a one-hidden-layer network of 2n sigmoids. */
export function towerApproximation(f: (x: number) => number, lo: number, hi: number, n: number, steepness: number): (x: number) => number {
  return towerSum(towerParts(f, lo, hi, n), steepness);
}

/**
 * The n + 1 wall positions of n towers across [lo, hi]: even inside, but the outer two stand one interval's length
 * outside (at lo − (hi − lo) and hi + (hi − lo)), so the ends are not cut to half height by a wall at the edge.
 */
export function towerWalls(lo: number, hi: number, n: number): number[] {
  const width = (hi - lo) / n;
  return Array.from({ length: n + 1 }, (_, i) => (i === 0 ? lo - (hi - lo) : i === n ? hi + (hi - lo) : lo + i * width));
}

/**
 * The largest and the root-mean-square difference between f and g on [lo, hi]: the largest by maximize (every local
 * maximum a scan of `samples` points separates, refined by golden section to 1e−12), the mean square by adaptive
 * quadrature to 1e−12. The scan must be finer than the narrowest feature: four points per 1/steepness of a tower.
 */
export function approximationError(
  f: (x: number) => number,
  g: (x: number) => number,
  lo: number,
  hi: number,
  samples = 4001,
): { max: number; rms: number } {
  const d = (x: number): number => Math.abs(f(x) - g(x));
  const max = maximize(d, lo, hi, samples).value;
  const meanSquare = integrate((x) => d(x) ** 2, lo, hi, 1e-12, Math.max(1, Math.ceil((samples - 1) / 16))) / (hi - lo);
  return { max, rms: Math.sqrt(meanSquare) };
}
