import { describe, expect, it } from "vitest";
import { Mlp } from "../../src/grad/mlp.ts";
import { rng } from "../../src/grad/rng.ts";

/** Half the squared error of the network's output against a target: the loss whose gradient backward() gets. */
function loss(net: Mlp, x: number[], t: number[]): number {
  const y = net.predict(x);
  return 0.5 * t.reduce((s, ti, i) => s + (y[i]! - ti) ** 2, 0);
}

function gradients(net: Mlp, x: number[], t: number[]): void {
  net.zeroGrad();
  const trace = net.forward(x);
  const y = trace.a.at(-1)!;
  net.backward(trace, t.map((ti, i) => y[i]! - ti));
}

describe("Mlp", () => {
  for (const activation of ["sigmoid", "tanh", "relu"] as const) {
    it(`backward() gives every ${activation} weight and bias gradient that central differences give`, () => {
      const net = new Mlp({ sizes: [3, 5, 4, 2], activation, output: "sigmoid", init: "he", seed: 3 });
      const r = rng(11);
      const x = [r.normal(), r.normal(), r.normal()];
      const t = [0.2, 0.9];
      gradients(net, x, t);
      const h = 1e-6;
      for (const L of net.layers) {
        for (const [params, grads] of [
          [L.w, L.gw],
          [L.b, L.gb],
        ] as const) {
          for (let i = 0; i < params.length; i++) {
            const keep = params[i]!;
            params[i] = keep + h;
            const up = loss(net, x, t);
            params[i] = keep - h;
            const down = loss(net, x, t);
            params[i] = keep;
            const numeric = (up - down) / (2 * h);
            expect(Math.abs(grads[i]! - numeric)).toBeLessThan(1e-7 + 1e-5 * Math.abs(numeric));
          }
        }
      }
    });
  }

  it("sgdStep(η) lowers the loss for a small learning rate", () => {
    const net = new Mlp({ sizes: [2, 4, 1], seed: 5 });
    const x = [0.5, -1];
    const t = [1];
    const before = loss(net, x, t);
    gradients(net, x, t);
    net.sgdStep(0.1);
    expect(loss(net, x, t)).toBeLessThan(before);
  });

  it("gradNorms() gives one Euclidean norm per layer", () => {
    const net = new Mlp({ sizes: [2, 3, 1], seed: 9 });
    gradients(net, [1, 2], [0]);
    const norms = net.gradNorms();
    expect(norms).toHaveLength(2);
    net.layers.forEach((L, i) => expect(norms[i]).toBeCloseTo(Math.sqrt(L.gw.reduce((s, g) => s + g * g, 0)), 14));
  });

  it("gradNorms() handles layers too large to spread into Math.hypot, and gradients too small to square", () => {
    const net = new Mlp({ sizes: [400, 400, 1], seed: 2 });
    net.layers[0]!.gw.fill(1e-200);
    net.layers[1]!.gw.fill(3);
    const [first, last] = net.gradNorms();
    expect(first! / (1e-200 * 400)).toBeCloseTo(1, 12);
    expect(last).toBeCloseTo(3 * Math.sqrt(400), 10);
  });

  it("is deterministic for a seed, and scales initial weights by the chosen rule", () => {
    const a = new Mlp({ sizes: [50, 50, 1], init: "he", seed: 1 });
    const b = new Mlp({ sizes: [50, 50, 1], init: "he", seed: 1 });
    expect(a.layers[0]!.w).toEqual(b.layers[0]!.w);
    const std = (w: Float64Array) => Math.sqrt(w.reduce((s, v) => s + v * v, 0) / w.length);
    // He: sqrt(2 / fan_in) = 0.2; naive small: 0.01. 2,500 draws give a standard deviation within a few per cent.
    expect(std(a.layers[0]!.w) / 0.2).toBeCloseTo(1, 1);
    expect(std(new Mlp({ sizes: [50, 50, 1], init: "small" }).layers[0]!.w) / 0.01).toBeCloseTo(1, 1);
  });

  it("rejects malformed sizes with a message", () => {
    expect(() => new Mlp({ sizes: [2] })).toThrow(/at least two positive integers/);
    expect(() => new Mlp({ sizes: [2, 0, 1] })).toThrow(/got \[2, 0, 1\]/);
  });
});
