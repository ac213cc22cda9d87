import { sigmoid } from "./activations.ts";
import type { Mlp } from "./mlp.ts";

/**
 * A network's P(inside) = σ(output logit) on a grid × grid lattice over the square [−extent, extent]², row by row
 * from the top, each value at its cell's centre; written into `out` when given, so a live figure allocates nothing.
 */
export function decisionRegion(net: Mlp, grid: number, extent: number, out: Float32Array = new Float32Array(grid * grid)): Float32Array {
  const layers = net.layers;
  // Two buffers wide enough for any layer, reused for every lattice point: the region is grid² forward passes.
  const wide = Math.max(2, ...layers.map((L) => L.nOut));
  let input = new Float64Array(wide);
  let output = new Float64Array(wide);
  for (let r = 0; r < grid; r++) {
    for (let c = 0; c < grid; c++) {
      input[0] = -extent + (2 * extent * (c + 0.5)) / grid;
      input[1] = extent - (2 * extent * (r + 0.5)) / grid;
      for (const L of layers) {
        for (let o = 0; o < L.nOut; o++) {
          let z = L.b[o]!;
          for (let i = 0; i < L.nIn; i++) z += L.w[o * L.nIn + i]! * input[i]!;
          output[o] = L.act.f(z);
        }
        [input, output] = [output, input];
      }
      out[r * grid + c] = sigmoid(input[0]!);
    }
  }
  return out;
}
