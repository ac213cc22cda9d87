// The classic design of in-browser network demos, written here only to be measured against: one object per
// neuron, one object per link, weights read through the link objects, activations looked up by name.
import { activations, type ActivationName } from "../../src/grad/activations.ts";
import type { Mlp } from "../../src/grad/mlp.ts";
import { bceWithLogits, dbceWithLogits } from "../../src/grad/losses.ts";

class Link {
  gradient = 0;
  constructor(
    readonly source: Neuron,
    readonly dest: Neuron,
    public weight: number,
  ) {}
}

class Neuron {
  inputs: Link[] = [];
  outputs: Link[] = [];
  total = 0;
  output = 0;
  outputDer = 0;
  inputDer = 0;
  biasGradient = 0;
  constructor(
    public bias: number,
    readonly activation: ActivationName | "linear",
  ) {}
}

/** The same network as an Mlp, rebuilt neuron by neuron with the Mlp's current weights. */
export class ReferenceNetwork {
  readonly layers: Neuron[][];

  constructor(net: Mlp, hidden: ActivationName) {
    const inputs = Array.from({ length: net.layers[0]!.nIn }, () => new Neuron(0, "linear"));
    this.layers = [inputs];
    net.layers.forEach((L, l) => {
      const last = l === net.layers.length - 1;
      const layer = Array.from({ length: L.nOut }, (_, o) => {
        const n = new Neuron(L.b[o]!, last ? "linear" : hidden);
        this.layers.at(-1)!.forEach((source, i) => {
          const link = new Link(source, n, L.w[o * L.nIn + i]!);
          n.inputs.push(link);
          source.outputs.push(link);
        });
        return n;
      });
      this.layers.push(layer);
    });
  }

  private f(n: Neuron, x: number): number {
    return n.activation === "linear" ? x : activations[n.activation].f(x);
  }

  private df(n: Neuron, x: number): number {
    return n.activation === "linear" ? 1 : activations[n.activation].df(x);
  }

  /** Forward pass; returns the output logit. */
  forward(x: readonly number[]): number {
    this.layers[0]!.forEach((n, i) => (n.output = x[i]!));
    for (let l = 1; l < this.layers.length; l++) {
      for (const n of this.layers[l]!) {
        n.total = n.bias;
        for (const link of n.inputs) n.total += link.weight * link.source.output;
        n.output = this.f(n, n.total);
      }
    }
    return this.layers.at(-1)![0]!.output;
  }

  /** Backward pass for one example, accumulating gradients on links and biases. */
  backward(dOutput: number): void {
    this.layers.at(-1)![0]!.outputDer = dOutput;
    for (let l = this.layers.length - 1; l >= 1; l--) {
      for (const n of this.layers[l]!) {
        n.inputDer = n.outputDer * this.df(n, n.total);
        n.biasGradient += n.inputDer;
        for (const link of n.inputs) link.gradient += n.inputDer * link.source.output;
      }
      if (l === 1) continue;
      for (const n of this.layers[l - 1]!) {
        n.outputDer = 0;
        for (const link of n.outputs) n.outputDer += link.weight * link.dest.inputDer;
      }
    }
  }

  /** One full-batch step of mean cross-entropy over the data; returns the loss before it. */
  step(xs: readonly (readonly number[])[], ys: readonly number[], learningRate: number): number {
    let loss = 0;
    xs.forEach((x, i) => {
      const logit = this.forward(x);
      loss += bceWithLogits(logit, ys[i]!) / xs.length;
      this.backward(dbceWithLogits(logit, ys[i]!) / xs.length);
    });
    for (let l = 1; l < this.layers.length; l++) {
      for (const n of this.layers[l]!) {
        n.bias -= learningRate * n.biasGradient;
        n.biasGradient = 0;
        for (const link of n.inputs) {
          link.weight -= learningRate * link.gradient;
          link.gradient = 0;
        }
      }
    }
    return loss;
  }
}
