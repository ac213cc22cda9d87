import { dtanh, sigmoid } from "./activations.ts";

/** A scalar in a computational graph, micrograd style: each op sets its backward step beside its forward maths. */
export class Value {
  /** The forward value. */
  data: number;
  /** ∂output/∂this, filled in by backward(). */
  grad = 0;
  /** The values this one was computed from. */
  readonly parents: readonly Value[];
  /** The operation that produced it ("" for a leaf), for drawing graphs. */
  readonly op: string;
  /** A name for display. */
  label: string;
  private backStep: () => void = () => {};

  /** A leaf value (an input or a parameter). */
  constructor(data: number, label = "", parents: readonly Value[] = [], op = "") {
    this.data = data;
    this.label = label;
    this.parents = parents;
    this.op = op;
  }

  /** this + other */
  add(other: Value | number): Value {
    const o = lift(other);
    const out = new Value(this.data + o.data, "", [this, o], "+");
    out.backStep = () => {
      this.grad += out.grad;
      o.grad += out.grad;
    };
    return out;
  }

  /** this − other */
  sub(other: Value | number): Value {
    const o = lift(other);
    const out = new Value(this.data - o.data, "", [this, o], "−");
    out.backStep = () => {
      this.grad += out.grad;
      o.grad -= out.grad;
    };
    return out;
  }

  /** this · other */
  mul(other: Value | number): Value {
    const o = lift(other);
    const out = new Value(this.data * o.data, "", [this, o], "×");
    out.backStep = () => {
      this.grad += o.data * out.grad;
      o.grad += this.data * out.grad;
    };
    return out;
  }

  /** this / other */
  div(other: Value | number): Value {
    const o = lift(other);
    const out = new Value(this.data / o.data, "", [this, o], "÷");
    out.backStep = () => {
      this.grad += out.grad / o.data;
      o.grad -= (this.data / (o.data * o.data)) * out.grad;
    };
    return out;
  }

  /** this^k for a constant exponent k */
  pow(k: number): Value {
    const out = new Value(this.data ** k, "", [this], `^${k}`);
    out.backStep = () => {
      this.grad += k * this.data ** (k - 1) * out.grad;
    };
    return out;
  }

  /** e^this */
  exp(): Value {
    const out = new Value(Math.exp(this.data), "", [this], "exp");
    out.backStep = () => {
      this.grad += out.data * out.grad;
    };
    return out;
  }

  /** natural log of this */
  log(): Value {
    const out = new Value(Math.log(this.data), "", [this], "log");
    out.backStep = () => {
      this.grad += out.grad / this.data;
    };
    return out;
  }

  /** σ(this), one node whose local derivative σ(1 − σ) is computed from the output it already has */
  sigmoid(): Value {
    const out = new Value(sigmoid(this.data), "", [this], "σ");
    out.backStep = () => {
      this.grad += out.data * (1 - out.data) * out.grad;
    };
    return out;
  }

  /** tanh(this) */
  tanh(): Value {
    const out = new Value(Math.tanh(this.data), "", [this], "tanh");
    out.backStep = () => {
      this.grad += dtanh(this.data) * out.grad;
    };
    return out;
  }

  /** max(0, this), with derivative 0 at 0 */
  relu(): Value {
    const out = new Value(this.data > 0 ? this.data : 0, "", [this], "relu");
    out.backStep = () => {
      this.grad += (this.data > 0 ? 1 : 0) * out.grad;
    };
    return out;
  }

  /** Every value this one depends on, itself last, each once (a topological order). */
  topo(): Value[] {
    const order: Value[] = [];
    const seen = new Set<Value>();
    const visit = (v: Value): void => {
      if (seen.has(v)) return;
      seen.add(v);
      for (const p of v.parents) visit(p);
      order.push(v);
    };
    visit(this);
    return order;
  }

  /** Sets every gradient in the graph to ∂this/∂(that value), by reverse-mode accumulation. */
  backward(): void {
    const order = this.topo();
    for (const v of order) v.grad = 0;
    this.grad = 1;
    for (let i = order.length - 1; i >= 0; i--) order[i]!.backStep();
  }
}

function lift(v: Value | number): Value {
  return v instanceof Value ? v : new Value(v);
}

/** A leaf value with a label, for building graphs tersely. */
export function value(data: number, label = ""): Value {
  return new Value(data, label);
}
