import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { dsigmoid, sigmoid } from "../../src/grad/activations.ts";
import { Value, value } from "../../src/grad/autodiff.ts";
import { centralDiff } from "../../src/grad/finite-diff.ts";

const runs = { seed: 20261124, numRuns: 1000 };
const num = fc.double({ min: -3, max: 3, noNaN: true });
const pos = fc.double({ min: 0.1, max: 3, noNaN: true });
// Away from 0, where ReLU has its kink and no difference quotient converges.
const nonzero = fc.tuple(fc.double({ min: 0.05, max: 3, noNaN: true }), fc.boolean()).map(([m, neg]) => (neg ? -m : m));

/** Builds f(a, b) twice, as a Value graph and as plain numbers, and compares ∂f/∂a and ∂f/∂b with central differences. */
function checkBinary(graph: (a: Value, b: Value) => Value, plain: (a: number, b: number) => number, a: number, b: number) {
  const va = value(a);
  const vb = value(b);
  const out = graph(va, vb);
  out.backward();
  expect(out.data).toBeCloseTo(plain(a, b), 12);
  const tol = (n: number) => 1e-6 * Math.max(1, Math.abs(n));
  const na = centralDiff((t) => plain(t, b), a);
  const nb = centralDiff((t) => plain(a, t), b);
  expect(Math.abs(va.grad - na)).toBeLessThan(tol(na));
  expect(Math.abs(vb.grad - nb)).toBeLessThan(tol(nb));
}

describe("Value: each op's backward step against central differences", () => {
  it("add, sub, mul", () => {
    fc.assert(
      fc.property(num, num, (a, b) => {
        checkBinary((x, y) => x.add(y), (x, y) => x + y, a, b);
        checkBinary((x, y) => x.sub(y), (x, y) => x - y, a, b);
        checkBinary((x, y) => x.mul(y), (x, y) => x * y, a, b);
      }),
      runs,
    );
  });
  it("div, pow, exp, log", () => {
    fc.assert(
      fc.property(num, pos, (a, b) => {
        checkBinary((x, y) => x.div(y), (x, y) => x / y, a, b);
        checkBinary((x, y) => y.pow(3).add(x.exp()), (x, y) => y ** 3 + Math.exp(x), a, b);
        checkBinary((x, y) => y.log().mul(x), (x, y) => Math.log(y) * x, a, b);
      }),
      runs,
    );
  });
  it("sigmoid, tanh, relu", () => {
    fc.assert(
      fc.property(nonzero, nonzero, (a, b) => {
        checkBinary((x, y) => x.mul(y).sigmoid(), (x, y) => 1 / (1 + Math.exp(-x * y)), a, b);
        checkBinary((x, y) => x.mul(y).tanh(), (x, y) => Math.tanh(x * y), a, b);
        checkBinary((x, y) => x.mul(y).relu(), (x, y) => Math.max(0, x * y), a, b);
      }),
      runs,
    );
  });
});

describe("Value.backward()", () => {
  it("σ(w·x + b) has the closed-form gradients x·σ'(z), w·σ'(z), σ'(z)", () => {
    fc.assert(
      fc.property(num, num, num, (w0, x0, b0) => {
        const [w, x, b] = [value(w0, "w"), value(x0, "x"), value(b0, "b")];
        const y = w.mul(x).add(b).sigmoid();
        y.backward();
        const z = w0 * x0 + b0;
        expect(y.data).toBe(sigmoid(z));
        expect(w.grad).toBeCloseTo(x0 * dsigmoid(z), 14);
        expect(x.grad).toBeCloseTo(w0 * dsigmoid(z), 14);
        expect(b.grad).toBeCloseTo(dsigmoid(z), 14);
      }),
      runs,
    );
  });
  it("sigmoid's node computes its local derivative from the output it already has: σ(1 − σ) of y.data, not of its input", () => {
    fc.assert(
      fc.property(fc.double({ min: -50, max: 50, noNaN: true }), (z0) => {
        const z = value(z0);
        const y = z.sigmoid();
        y.backward();
        expect(z.grad).toBe(y.data * (1 - y.data));
      }),
      runs,
    );
    // At 2 the node's σ(1 − σ) is further from the exact σ′(2) = 0.104993585403506517… (40-digit mpmath) than dsigmoid's σ(x)σ(−x).
    const two = value(2);
    two.sigmoid().backward();
    expect(Math.abs(two.grad - 0.104993585403506517)).toBeGreaterThan(Math.abs(dsigmoid(2) - 0.104993585403506517));
    // Where σ rounds to 1 the output holds no slope, and neither does the node: σ′(40) ≈ 4.2e−18, the node gives 0.
    const z = value(40);
    z.sigmoid().backward();
    expect(z.grad).toBe(0);
    expect(dsigmoid(40)).toBeGreaterThan(0);
  });
  it("accumulates over a value used twice and resets on a second call", () => {
    const a = value(3);
    const y = a.mul(a).add(a); // a² + a, derivative 2a + 1 = 7
    y.backward();
    expect(a.grad).toBe(7);
    y.backward();
    expect(a.grad).toBe(7);
  });
  it("topo() lists each node once, inputs before outputs", () => {
    const a = value(1);
    const b = a.add(a).mul(a);
    const order = b.topo();
    expect(new Set(order).size).toBe(order.length);
    expect(order.indexOf(a)).toBeLessThan(order.indexOf(b));
  });
});

describe("Value at the extremes", () => {
  const anyDouble = fc.double({ noNaN: true, noDefaultInfinity: true });
  it("backward() runs over a chain of 400,000 nodes without overflowing the call stack", { timeout: 60_000 }, () => {
    // y = x·c·c·…·c (n factors c) has ∂y/∂x = cⁿ, taken here in closed form by Math.pow.
    const n = 200_000;
    const c = 1 + 1 / n;
    const x = value(1);
    let y = x;
    for (let i = 0; i < n; i++) y = y.mul(c);
    expect(y.topo()).toHaveLength(2 * n + 1);
    y.backward();
    expect(Math.abs(x.grad / c ** n - 1)).toBeLessThan(n * Number.EPSILON);
  });
  it("a.div(b) has ∂/∂b = −a/b² where b² underflows: value(1e−170)/value(1e−170) gives −1e170", () => {
    const a = value(1e-170);
    const b = value(1e-170);
    a.div(b).backward();
    expect(a.grad).toBe(1e170);
    expect(b.grad).toBe(-1e170);
  });
  it("a.div(b)'s gradients equal 1/b and −a/b² computed through logarithms, for a and b anywhere up to ±1.8e308", () => {
    fc.assert(
      fc.property(anyDouble, anyDouble, (a, b) => {
        fc.pre(a !== 0 && b !== 0);
        // log|a/b²|, away from the edges of the doubles where rounding decides between finite and ∞ or 0.
        const logMag = Math.log(Math.abs(a)) - 2 * Math.log(Math.abs(b));
        fc.pre(Number.isFinite(a / b) && logMag < 709 && logMag > -700);
        const va = value(a);
        const vb = value(b);
        va.div(vb).backward();
        const expected = -Math.sign(a) * Math.exp(logMag);
        expect(Math.abs(vb.grad / expected - 1)).toBeLessThan(1e-12);
        expect(va.grad).toBe(1 / b);
      }),
      { ...runs, numRuns: 5000 },
    );
  });
  it("x.pow(0) has gradient 0 everywhere, 0 included; x.pow(k) has k·x^(k−1)", () => {
    fc.assert(
      fc.property(anyDouble, (x) => {
        const v = value(x);
        v.pow(0).backward();
        expect(v.grad).toBe(0);
        const w = value(x);
        w.pow(1).backward();
        expect(w.grad).toBe(1);
      }),
      runs,
    );
    const z = value(0);
    z.pow(0).backward();
    expect(z.grad).toBe(0);
    const s = value(1e-200);
    s.pow(3).mul(1e300).backward();
    // 3·(1e−200)²·1e300 = 3e−100, although (1e−200)² alone underflows to 0.
    expect(s.grad / 3e-100).toBeCloseTo(1, 14);
  });
  it("relu() keeps NaN, as the function relu does", () => {
    const v = value(NaN);
    const r = v.relu();
    expect(r.data).toBeNaN();
    r.backward();
    expect(v.grad).toBeNaN();
  });
});
