import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { backpropChain, chainLoss, DEFAULT_CHAIN, type ChainSettings } from "../../src/grad/backprop-chain.ts";
import { centralDiff } from "../../src/grad/finite-diff.ts";

const close = (a: number, b: number) => expect(Math.abs(a - b)).toBeLessThan(1e-8 + 1e-6 * Math.abs(b));
const sig = (t: number) => 1 / (1 + Math.exp(-t));

/** The loss as a function of one pre-activation, everything downstream of it recomputed. */
function lossFrom(s: ChainSettings, at: "q" | "j" | "k"): (v: number) => number {
  return (v) => {
    const k = at === "k" ? v : s.wjk * sig(at === "j" ? v : s.wqj * sig(v));
    return (s.y - sig(k)) ** 2;
  };
}

const settings = fc.record({
  x: fc.double({ min: -2, max: 2, noNaN: true }),
  y: fc.double({ min: 0, max: 1, noNaN: true }),
  wxq: fc.double({ min: -3, max: 3, noNaN: true }),
  wqj: fc.double({ min: -3, max: 3, noNaN: true }),
  wjk: fc.double({ min: -3, max: 3, noNaN: true }),
  eta: fc.double({ min: 0.01, max: 2, noNaN: true }),
});

describe("backpropChain(settings)", () => {
  it("gives error terms that are minus the loss's central-difference derivative at each pre-activation", () => {
    fc.assert(
      fc.property(settings, (s) => {
        const p = backpropChain(s);
        close(p.deltaK, -centralDiff(lossFrom(s, "k"), p.k));
        close(p.deltaJ, -centralDiff(lossFrom(s, "j"), p.j));
        close(p.deltaQ, -centralDiff(lossFrom(s, "q"), p.q));
      }),
      { seed: 6, numRuns: 1000 },
    );
  });

  it("gives weight updates equal to −η times the loss's central-difference derivative in each weight", () => {
    fc.assert(
      fc.property(settings, (s) => {
        const p = backpropChain(s);
        close(p.dwJK, -s.eta * centralDiff((w) => chainLoss({ ...s, wjk: w }), s.wjk));
        close(p.dwQJ, -s.eta * centralDiff((w) => chainLoss({ ...s, wqj: w }), s.wqj));
        close(p.dwXQ, -s.eta * centralDiff((w) => chainLoss({ ...s, wxq: w }), s.wxq));
      }),
      { seed: 7, numRuns: 1000 },
    );
  });

  it("lowers the loss of the default example when the updates are applied", () => {
    const p = backpropChain(DEFAULT_CHAIN);
    const after = chainLoss({ ...DEFAULT_CHAIN, wxq: DEFAULT_CHAIN.wxq + p.dwXQ, wqj: DEFAULT_CHAIN.wqj + p.dwQJ, wjk: DEFAULT_CHAIN.wjk + p.dwJK });
    expect(after).toBeLessThan(p.loss);
  });

  it("stays finite for saturating weights and inputs", () => {
    const p = backpropChain({ x: 1e6, y: 0, wxq: 1e6, wqj: -1e6, wjk: 1e6, eta: 1 });
    for (const v of Object.values(p)) expect(Number.isFinite(v)).toBe(true);
  });
});
