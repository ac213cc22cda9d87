import { sigmoidActivation, type Activation } from "./activations.ts";

/**
 * The factor an error term picks up through `depth` layers when every layer has weight w and pre-activation z:
 * (|w|·f′(z))^depth. With |w| = 1 and z = 0 for the sigmoid this is the posts' 0.25^depth.
 */
export function depthFactor(depth: number, weight: number, z = 0, activation: Activation = sigmoidActivation): number {
  return (Math.abs(weight) * activation.df(z)) ** depth;
}

/** Share of the error term lost after `depth` layers: 1 − depthFactor (negative when the product grows instead). */
export function depthLoss(depth: number, weight: number, z = 0, activation: Activation = sigmoidActivation): number {
  return 1 - depthFactor(depth, weight, z, activation);
}
