import { dsigmoid, sigmoid } from "./activations.ts";

/**
 * Fraction of binding sites occupied at ligand concentration L (Hill equation, half-occupancy K, coefficient n):
 * Lⁿ/(Kⁿ + Lⁿ), which is exactly σ(n·ln(L/K)), a sigmoid in the logarithm of the concentration.
 */
export function hill(concentration: number, k: number, n: number): number {
  return sigmoid(n * Math.log(concentration / k));
}

/** Slope of the Hill curve against ln L: n·σ′(n·ln(L/K)), n/4 at L = K, so a larger n gives a steeper switch. */
export function dhillDlog(concentration: number, k: number, n: number): number {
  return n * dsigmoid(n * Math.log(concentration / k));
}

/** Logistic growth toward capacity K at rate r, half-way at t0: K·σ(r·(t − t0)), the solution of dP/dt = r·P·(1 − P/K). */
export function logisticGrowth(t: number, capacity: number, rate: number, t0: number): number {
  return capacity * sigmoid(rate * (t - t0));
}
