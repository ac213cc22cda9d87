import { drelu, dtanh, relu, sigmoid } from "./activations.ts";

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
      // −a·ḡ/b² with the exponents kept apart: b² underflows to 0 for |b| < 1e−162 although the quotient is finite.
      o.grad -= productOfPowers([[this.data, 1], [out.grad, 1], [o.data, -2]]);
    };
    return out;
  }

  /** this^k for a constant exponent k */
  pow(k: number): Value {
    const out = new Value(this.data ** k, "", [this], `^${k}`);
    out.backStep = () => {
      // x⁰ is the constant 1 (0⁰ included), so its derivative is 0, not 0·0⁻¹ = NaN.
      if (k !== 0) this.grad += productOfPowers([[k, 1], [this.data, k - 1], [out.grad, 1]]);
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

  /** max(0, this), with derivative 0 at 0; NaN stays NaN */
  relu(): Value {
    const out = new Value(relu(this.data), "", [this], "relu");
    out.backStep = () => {
      this.grad += drelu(this.data) * out.grad;
    };
    return out;
  }

  /** Every value this one depends on, itself last, each once (a topological order). */
  topo(): Value[] {
    // Depth-first with an explicit stack, not recursion: a chain of a million nodes must not overflow the call stack.
    const order: Value[] = [];
    const seen = new Set<Value>([this]);
    const stack: { node: Value; next: number }[] = [{ node: this, next: 0 }];
    while (stack.length > 0) {
      const top = stack[stack.length - 1]!;
      const parent = top.node.parents[top.next++];
      if (parent === undefined) {
        stack.pop();
        order.push(top.node);
      } else if (!seen.has(parent)) {
        seen.add(parent);
        stack.push({ node: parent, next: 0 });
      }
    }
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

/**
 * Π xᵢ^pᵢ with the binary exponents summed apart from the mantissas, so no partial product overflows or
 * underflows when the whole does not ((1e−200)²·1e300 is 1e−100, not 0).
 */
function productOfPowers(terms: readonly (readonly [number, number])[]): number {
  let mantissa = 1;
  let exponent = 0;
  for (const [x, p] of terms) {
    // Beyond |p| = 1000 the mantissa's own power could overflow: there, plain powers are as good as any.
    if (Math.abs(p) > 1000) return terms.reduce((acc, [y, q]) => acc * y ** q, 1);
    const [m, e] = splitBinary(x);
    const scaled = e * p;
    const whole = Math.floor(scaled);
    mantissa *= m ** p * 2 ** (scaled - whole);
    exponent += whole;
  }
  return scaleBinary(mantissa, exponent);
}

/** x as m·2^e with 1 ≤ |m| < 2 (0, ±∞ and NaN as themselves with e = 0); exact, subnormals included. */
function splitBinary(x: number): [number, number] {
  if (x === 0 || !Number.isFinite(x)) return [x, 0];
  let e = Math.floor(Math.log2(Math.abs(x)));
  // log2 may round across a power of two; one step either way puts the mantissa in [1, 2).
  if (Math.abs(x / 2 ** e) >= 2) e += 1;
  if (Math.abs(x / 2 ** e) < 1) e -= 1;
  return [x / 2 ** e, e];
}

/** m·2^e, applied in steps of 2^±1000 so that 2^e itself never overflows or underflows. */
function scaleBinary(m: number, e: number): number {
  let x = m;
  let rest = e;
  while (rest > 1000) [x, rest] = [x * 2 ** 1000, rest - 1000];
  while (rest < -1000) [x, rest] = [x * 2 ** -1000, rest + 1000];
  return x * 2 ** rest;
}

function lift(v: Value | number): Value {
  return v instanceof Value ? v : new Value(v);
}

/** A leaf value with a label, for building graphs tersely. */
export function value(data: number, label = ""): Value {
  return new Value(data, label);
}
