import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { gateLstm, runLstm, runRnn, sequence, SEQUENCE_SD, type GateParams } from "../../src/grad/recurrent.ts";
import { rng } from "../../src/grad/rng.ts";

const gate = fc.record({ w: fc.double({ min: -2, max: 2, noNaN: true }), u: fc.double({ min: -2, max: 2, noNaN: true }), b: fc.double({ min: -2, max: 2, noNaN: true }) });
const rel = (a: number, b: number) => Math.abs(a - b) / Math.max(1e-6, Math.abs(b));

describe("runLstm(params, xs, c0)", () => {
  it("carries ∂c_t/∂c_0 that central differences of the cell state confirm, recurrent paths included", () => {
    fc.assert(
      fc.property(gate, gate, gate, gate as fc.Arbitrary<GateParams>, fc.double({ min: -1, max: 1, noNaN: true }), (f, i, o, g, c0) => {
        const p = { f, i, o, g };
        const xs = sequence(12);
        const h = 1e-6;
        const numeric = (runLstm(p, xs, c0 + h).c[12]! - runLstm(p, xs, c0 - h).c[12]!) / (2 * h);
        const analytic = runLstm(p, xs, c0).dcDc0[12]!;
        expect(Math.abs(analytic - numeric)).toBeLessThan(1e-7 + 1e-5 * Math.abs(numeric));
      }),
      { seed: 8, numRuns: 500 },
    );
  });

  it("with no recurrent weights on the gates, passes back exactly the product of the forget gates", () => {
    const run = runLstm(gateLstm(0.9), sequence(50));
    expect(rel(run.dcDc0[50]!, 0.9 ** 50)).toBeLessThan(1e-12);
  });

  it("with recurrent weight 0.5 the other paths add to the cell's own only when the candidate has it too", () => {
    // Independent values: the same cell in 40-digit arithmetic (mpmath), differentiated numerically in c₀.
    expect(rel(runLstm(gateLstm(0.9, 0.5), sequence(50)).dcDc0[50]!, 0.0362861200878)).toBeLessThan(1e-10);
    expect(rel(runLstm(gateLstm(0.9, 0.5, 0), sequence(50)).dcDc0[50]!, 0.00252525501156)).toBeLessThan(1e-10);
  });
});

describe("runRnn(w, v, xs)", () => {
  it("carries ∂h_t/∂h_0 that central differences confirm", () => {
    fc.assert(
      fc.property(fc.double({ min: -1.5, max: 1.5, noNaN: true }), fc.double({ min: -2, max: 2, noNaN: true }), fc.double({ min: -0.9, max: 0.9, noNaN: true }), (w, v, h0) => {
        const xs = sequence(10);
        const h = 1e-6;
        const numeric = (runRnn(w, v, xs, h0 + h).h[10]! - runRnn(w, v, xs, h0 - h).h[10]!) / (2 * h);
        expect(Math.abs(runRnn(w, v, xs, h0).dhDh0[10]! - numeric)).toBeLessThan(1e-8 + 1e-5 * Math.abs(numeric));
      }),
      { seed: 9, numRuns: 500 },
    );
  });

  it("keeps at most a factor |w| per step, since tanh′ ≤ 1", () => {
    const run = runRnn(0.8, 1, sequence(30));
    for (let t = 1; t <= 30; t++) expect(Math.abs(run.dhDh0[t]!)).toBeLessThanOrEqual(0.8 ** t * (1 + 1e-12));
  });
});

describe("the recurrent comparison's setup, as the article states it", () => {
  it("feeds 50 draws of a normal with mean 0 and standard deviation 0.5, from seed 11", () => {
    const r = rng(11);
    expect(SEQUENCE_SD).toBe(0.5);
    expect(sequence(50)).toEqual(Array.from({ length: 50 }, () => 0.5 * r.normal()));
  });
  it("gives the LSTM's gates bias only (forget at the given value, input and output at one half) and the candidate tanh(x_t)", () => {
    const p = gateLstm(0.9, 0.5, 0);
    expect([p.f.w, p.i.w, p.o.w, p.i.b, p.o.b, p.g.w, p.g.b]).toEqual([0, 0, 0, 0, 0, 1, 0]);
    expect(1 / (1 + Math.exp(-p.f.b))).toBeCloseTo(0.9, 15);
    expect([p.f.u, p.i.u, p.o.u, p.g.u]).toEqual([0.5, 0.5, 0.5, 0]);
    expect(gateLstm(0.9, 0.5).g.u).toBe(0.5);
  });
});
