import { sigmoid } from "./activations.ts";
import type { TowerPart } from "./towers.ts";

/**
 * The sum of the given towers, as towerSum gives it, to within `tolerance` (and rounding) at every x, from the sigmoids
 * of the walls near x only. The towers are rewritten as walls c·σ(s(x − w)) (h at each tower's a, −h at its b; walls at
 * one place merged), sorted by place. A wall more than r = ln(C / tolerance) / s from x, C the sum of every |c|, is
 * taken as c left of x and as 0 right of it: each is then off by less than |c|·e^(−s·r), since σ(−t) < e^(−t) for
 * t > 0, so all of them together by less than C·e^(−s·r) = tolerance. Sixty steep towers need a fifth of the sigmoids.
 */
export function towerSumWithin(parts: readonly TowerPart[], steepness: number, tolerance: number): (x: number) => number {
  const byPlace = parts.flatMap((p) => [[p.a, p.height], [p.b, -p.height]] as const).sort((u, v) => u[0] - v[0]);
  const places: number[] = [];
  const weights: number[] = [];
  for (const [w, c] of byPlace) {
    if (places.length > 0 && places.at(-1) === w) weights[weights.length - 1]! += c;
    else {
      places.push(w);
      weights.push(c);
    }
  }
  // before[j]: the weights of every wall left of wall j, added in order.
  const before = [0];
  for (const c of weights) before.push(before.at(-1)! + c);
  const total = weights.reduce((t, c) => t + Math.abs(c), 0);
  const reach = total > 0 && tolerance > 0 ? Math.max(0, Math.log(total / tolerance) / steepness) : Infinity;
  // The first wall at or right of v (places.length when none is).
  const firstFrom = (v: number): number => {
    let [lo, hi] = [0, places.length];
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (places[mid]! < v) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  return (x) => {
    if (Number.isNaN(x)) return NaN;
    const from = firstFrom(x - reach);
    const to = firstFrom(x + reach);
    let sum = before[from]!;
    for (let j = from; j < to; j++) sum += weights[j]! * sigmoid(steepness * (x - places[j]!));
    return sum;
  };
}
