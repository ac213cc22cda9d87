import { activations, type Activation, type ActivationName } from "./activations.ts";
import { rng } from "./rng.ts";

/** How initial weights are drawn: naive small normal, Xavier/Glorot, or He. */
export type Init = "small" | "xavier" | "he";

/** The standard deviation of the "small" initialisation's normal weights, a common naive choice. */
export const SMALL_INIT_SCALE = 0.01;

/** Options for a multilayer perceptron. */
export interface MlpOptions {
  /** Layer sizes from input to output, e.g. [2, 8, 8, 1]. */
  readonly sizes: readonly number[];
  /** Activation of the hidden layers. */
  readonly activation?: ActivationName;
  /** Activation of the output layer. */
  readonly output?: ActivationName;
  readonly init?: Init;
  readonly seed?: number;
}

/** One dense layer: weights row-major (out × in), biases, and their gradients. */
export interface Layer {
  readonly nIn: number;
  readonly nOut: number;
  readonly w: Float64Array;
  readonly b: Float64Array;
  readonly gw: Float64Array;
  readonly gb: Float64Array;
  readonly act: Activation;
}

/** What forward() keeps for backward(): each layer's input, pre-activation z and output a. */
export interface Trace {
  readonly inputs: Float64Array[];
  readonly z: Float64Array[];
  readonly a: Float64Array[];
}

/** A small fully connected network on Float64Arrays, with a seeded initialisation. */
export class Mlp {
  /** The dense layers, input side first. */
  readonly layers: Layer[];

  /** Builds the layers and draws initial weights from the seeded RNG. */
  constructor(options: MlpOptions) {
    const { sizes, activation = "sigmoid", output = "sigmoid", init = "xavier", seed = 1 } = options;
    if (sizes.length < 2 || sizes.some((n) => !Number.isInteger(n) || n < 1)) {
      throw new Error(`Mlp: sizes must be at least two positive integers, got [${sizes.join(", ")}]`);
    }
    const r = rng(seed);
    this.layers = [];
    for (let l = 0; l + 1 < sizes.length; l++) {
      const nIn = sizes[l]!;
      const nOut = sizes[l + 1]!;
      const scale = init === "he" ? Math.sqrt(2 / nIn) : init === "xavier" ? Math.sqrt(2 / (nIn + nOut)) : SMALL_INIT_SCALE;
      const w = new Float64Array(nIn * nOut);
      for (let i = 0; i < w.length; i++) w[i] = r.normal() * scale;
      const last = l + 2 === sizes.length;
      this.layers.push({
        nIn,
        nOut,
        w,
        b: new Float64Array(nOut),
        gw: new Float64Array(nIn * nOut),
        gb: new Float64Array(nOut),
        act: activations[last ? output : activation],
      });
    }
  }

  /** Runs one input through the network and returns the trace (the output is trace.a at the end). */
  forward(x: ArrayLike<number>): Trace {
    const inputs: Float64Array[] = [];
    const zs: Float64Array[] = [];
    const as: Float64Array[] = [];
    let input = Float64Array.from(x);
    for (const L of this.layers) {
      const z = new Float64Array(L.nOut);
      const a = new Float64Array(L.nOut);
      for (let o = 0; o < L.nOut; o++) {
        let s = L.b[o]!;
        for (let i = 0; i < L.nIn; i++) s += L.w[o * L.nIn + i]! * input[i]!;
        z[o] = s;
        a[o] = L.act.f(s);
      }
      inputs.push(input);
      zs.push(z);
      as.push(a);
      input = a;
    }
    return { inputs, z: zs, a: as };
  }

  /** The network's output for one input. */
  predict(x: ArrayLike<number>): Float64Array {
    return this.forward(x).a.at(-1)!;
  }

  /** Sets every gradient to zero. */
  zeroGrad(): void {
    for (const L of this.layers) {
      L.gw.fill(0);
      L.gb.fill(0);
    }
  }

  /** Accumulates ∂loss/∂parameters for one example, given ∂loss/∂output; returns the δ of each layer. */
  backward(trace: Trace, dOutput: ArrayLike<number>): Float64Array[] {
    const deltas: Float64Array[] = new Array(this.layers.length);
    let upstream = Float64Array.from(dOutput);
    for (let l = this.layers.length - 1; l >= 0; l--) {
      const L = this.layers[l]!;
      const z = trace.z[l]!;
      const input = trace.inputs[l]!;
      const delta = new Float64Array(L.nOut);
      for (let o = 0; o < L.nOut; o++) delta[o] = upstream[o]! * L.act.df(z[o]!);
      const down = new Float64Array(L.nIn);
      for (let o = 0; o < L.nOut; o++) {
        const d = delta[o]!;
        L.gb[o]! += d;
        for (let i = 0; i < L.nIn; i++) {
          L.gw[o * L.nIn + i]! += d * input[i]!;
          down[i]! += L.w[o * L.nIn + i]! * d;
        }
      }
      deltas[l] = delta;
      upstream = down;
    }
    return deltas;
  }

  /** One plain gradient-descent step: θ ← θ − η·∂loss/∂θ. */
  sgdStep(learningRate: number): void {
    for (const L of this.layers) {
      for (let i = 0; i < L.w.length; i++) L.w[i]! -= learningRate * L.gw[i]!;
      for (let i = 0; i < L.b.length; i++) L.b[i]! -= learningRate * L.gb[i]!;
    }
  }

  /** The Euclidean norm of each layer's weight gradient, input side first. */
  gradNorms(): number[] {
    return this.layers.map((L) => {
      // Scaled by the largest entry so that squaring neither overflows nor underflows (tiny gradients are the point).
      let max = 0;
      for (const g of L.gw) max = Math.max(max, Math.abs(g));
      if (max === 0 || !Number.isFinite(max)) return max;
      let sum = 0;
      for (const g of L.gw) sum += (g / max) ** 2;
      return max * Math.sqrt(sum);
    });
  }
}
