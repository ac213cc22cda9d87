export * from "./activations.ts";
export * from "./losses.ts";
export * from "./finite-diff.ts";
export * from "./autodiff.ts";
export * from "./mlp.ts";
export * from "./rng.ts";
export * from "./towers.ts";
export * from "./train-race.ts";
