import { describe, expect, it } from "vitest";
import { batchGradients } from "../../src/grad/batch-gradients.ts";
import { bceWithLogits, dbceWithLogits } from "../../src/grad/losses.ts";
import { Mlp } from "../../src/grad/mlp.ts";
import { rng } from "../../src/grad/rng.ts";

const r = rng(17);
const xs = Array.from({ length: 30 }, () => [2 * r.normal(), 2 * r.normal()]);
const ys = xs.map((_, i) => i % 2);

describe("batchGradients(net, xs, ys)", () => {
  for (const activation of ["sigmoid", "tanh", "relu"] as const) {
    it(`gives the ${activation} network the loss and gradients that forward/backward per example give`, () => {
      const net = new Mlp({ sizes: [2, 5, 4, 1], activation, output: "linear", init: "he", seed: 4 });
      net.zeroGrad();
      let loss = 0;
      xs.forEach((x, i) => {
        const trace = net.forward(x);
        const logit = trace.a.at(-1)![0]!;
        loss += bceWithLogits(logit, ys[i]!) / xs.length;
        net.backward(trace, [dbceWithLogits(logit, ys[i]!) / xs.length]);
      });
      const expected = net.layers.map((L) => [Float64Array.from(L.gw), Float64Array.from(L.gb)]);
      const batch = batchGradients(net, xs, ys);
      expect(Math.abs(batch.loss - loss)).toBeLessThan(1e-14);
      net.layers.forEach((L, l) => {
        L.gw.forEach((g, i) => expect(Math.abs(g - expected[l]![0]![i]!)).toBeLessThan(1e-15 + 1e-12 * Math.abs(g)));
        L.gb.forEach((g, i) => expect(Math.abs(g - expected[l]![1]![i]!)).toBeLessThan(1e-15 + 1e-12 * Math.abs(g)));
      });
      xs.forEach((x, i) => expect(batch.logits[i]).toBeCloseTo(net.predict(x)[0]!, 12));
    });
  }

  it("stays finite for saturating inputs", () => {
    const net = new Mlp({ sizes: [2, 3, 1], activation: "sigmoid", output: "linear", init: "he", seed: 1 });
    const { loss } = batchGradients(net, [[1e6, -1e6]], [1]);
    expect(Number.isFinite(loss)).toBe(true);
    for (const L of net.layers) for (const g of L.gw) expect(Number.isFinite(g)).toBe(true);
  });
});
