import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  activations,
  dleakyRelu,
  drelu,
  dsigmoid,
  dtanh,
  leakyRelu,
  logSigmoid,
  relu,
  sigmoid,
  sigmoidComplement,
  softplus,
  tanh,
} from "../../src/grad/activations.ts";
import { centralDiff } from "../../src/grad/finite-diff.ts";

const runs = { seed: 20261124, numRuns: 1000 };
const moderate = fc.double({ min: -30, max: 30, noNaN: true });
const huge = [1e308, -1e308, 1e300, -1e300, 1e10, -1e10, 745, -745, 710, -710];

describe("activation derivatives agree with central differences", () => {
  for (const [name, act] of Object.entries(activations)) {
    it(`${name}.df(x) ≈ (f(x + h) − f(x − h)) / 2h`, () => {
      fc.assert(
        fc.property(moderate, (x) => {
          // ReLU-like functions have a kink at 0, where no difference quotient converges.
          fc.pre(Math.abs(x) > 1e-3);
          const numeric = centralDiff(act.f, x, 1e-5);
          expect(Math.abs(act.df(x) - numeric)).toBeLessThan(1e-6 * Math.max(1, Math.abs(numeric)));
        }),
        runs,
      );
    });
  }
});

describe("sigmoid(x)", () => {
  it("sigmoid(x) equals 1 / (1 + e^−x) where the naive formula is exact enough", () => {
    fc.assert(
      fc.property(moderate, (x) => {
        expect(sigmoid(x)).toBeCloseTo(1 / (1 + Math.exp(-x)), 15);
      }),
      runs,
    );
  });
  it("sigmoid(x) satisfies σ(−x) = 1 − σ(x)", () => {
    fc.assert(
      fc.property(moderate, (x) => {
        expect(sigmoid(-x)).toBeCloseTo(1 - sigmoid(x), 15);
      }),
      runs,
    );
  });
  it("sigmoid(x) is finite and within [0, 1] for |x| up to 1e308", () => {
    for (const x of huge) {
      expect(sigmoid(x)).toBeGreaterThanOrEqual(0);
      expect(sigmoid(x)).toBeLessThanOrEqual(1);
      expect(Number.isNaN(sigmoid(x))).toBe(false);
    }
    expect(sigmoid(1e308)).toBe(1);
    expect(sigmoid(-1e308)).toBe(0);
  });
  it("sigmoidComplement(x) keeps full relative precision where 1 − σ(x) would round to 0", () => {
    expect(1 - sigmoid(40)).toBe(0);
    // 1 − σ(x) = 1 / (1 + e^x), and for x = 40 that is e^−40 / (1 + e^−40).
    expect(sigmoidComplement(40) / (Math.exp(-40) / (1 + Math.exp(-40)))).toBeCloseTo(1, 14);
    expect(sigmoidComplement(700) / Math.exp(-700)).toBeCloseTo(1, 12);
  });
});

describe("dsigmoid(x)", () => {
  it("dsigmoid(x) equals the closed form e^−x / (1 + e^−x)²", () => {
    fc.assert(
      fc.property(moderate, (x) => {
        const e = Math.exp(-Math.abs(x));
        expect(dsigmoid(x)).toBeCloseTo(e / (1 + e) ** 2, 15);
      }),
      runs,
    );
  });
  it("dsigmoid(x) has its maximum 0.25 at 0 and is even", () => {
    expect(dsigmoid(0)).toBe(0.25);
    fc.assert(
      fc.property(moderate, (x) => {
        expect(dsigmoid(x)).toBeLessThanOrEqual(0.25);
        expect(dsigmoid(x)).toBe(dsigmoid(-x));
      }),
      runs,
    );
  });
  it("dsigmoid(x) stays accurate in the tails (no cancellation in 1 − σ)", () => {
    // For large x, σ'(x) = e^−x / (1 + e^−x)² ≈ e^−x.
    expect(dsigmoid(40) / (Math.exp(-40) / (1 + Math.exp(-40)) ** 2)).toBeCloseTo(1, 13);
    expect(dsigmoid(-700) / Math.exp(-700)).toBeCloseTo(1, 12);
    for (const x of huge) expect(Number.isFinite(dsigmoid(x))).toBe(true);
  });
  it("dsigmoid(x) reproduces the seed post's printed values", () => {
    // Closed forms: σ'(−4) = e^−4 / (1 + e^−4)², σ'(1) = e^−1 / (1 + e^−1)².
    expect(dsigmoid(-4)).toBeCloseTo(Math.exp(-4) / (1 + Math.exp(-4)) ** 2, 16);
    expect(dsigmoid(-4)).toBeCloseTo(0.017662706213291118, 16);
    expect(dsigmoid(1)).toBeCloseTo(Math.exp(-1) / (1 + Math.exp(-1)) ** 2, 16);
  });
});

describe("tanh(x)", () => {
  it("dtanh(x) satisfies tanh' = 1 − tanh² and peaks at 1", () => {
    expect(dtanh(0)).toBe(1);
    fc.assert(
      fc.property(fc.double({ min: -15, max: 15, noNaN: true }), (x) => {
        expect(dtanh(x)).toBeCloseTo(1 - tanh(x) ** 2, 14);
        expect(dtanh(x)).toBeCloseTo((4 * Math.exp(2 * x)) / (1 + Math.exp(2 * x)) ** 2, 12);
      }),
      runs,
    );
  });
  it("tanh and dtanh are finite for |x| up to 1e308", () => {
    for (const x of huge) {
      expect(Number.isFinite(tanh(x))).toBe(true);
      expect(Number.isFinite(dtanh(x))).toBe(true);
    }
  });
});

describe("relu(x) and leakyRelu(x)", () => {
  it("relu'(0) is 0 by convention, leakyRelu'(0) is its slope alpha", () => {
    expect(drelu(0)).toBe(0);
    expect(dleakyRelu(0, 0.1)).toBe(0.1);
  });
  it("relu(x) = max(0, x) and leakyRelu(x, a) = max(x, a·x) for a < 1", () => {
    fc.assert(
      fc.property(fc.double({ min: -1e300, max: 1e300, noNaN: true }), fc.double({ min: 0, max: 0.99, noNaN: true }), (x, a) => {
        expect(relu(x)).toBe(Math.max(0, x));
        expect(leakyRelu(x, a)).toBe(Math.max(x, a * x));
      }),
      runs,
    );
  });
});

describe("softplus(x) and logSigmoid(x)", () => {
  it("softplus(x) equals log(1 + e^x) where that is representable", () => {
    fc.assert(
      fc.property(moderate, (x) => {
        expect(softplus(x)).toBeCloseTo(Math.log(1 + Math.exp(x)), 12);
      }),
      runs,
    );
  });
  it("logSigmoid(x) equals log σ(x) and is finite where log σ(x) underflows", () => {
    fc.assert(
      fc.property(moderate, (x) => {
        expect(logSigmoid(x)).toBeCloseTo(Math.log(sigmoid(x)), 12);
      }),
      runs,
    );
    expect(Math.log(sigmoid(-1e308))).toBe(-Infinity);
    expect(logSigmoid(-1e308)).toBe(-1e308);
    expect(softplus(1e308)).toBe(1e308);
    for (const x of huge) expect(Number.isFinite(logSigmoid(x)) && Number.isFinite(softplus(x))).toBe(true);
  });
});

describe("activations at the extremes: ±1.8e308, subnormals, ±∞ and NaN", () => {
  // Every double, the extremes included (fast-check biases towards ±max, ±min normal, subnormals and ±0).
  const anyDouble = fc.double({ noNaN: true, noDefaultInfinity: true });
  const subnormal = fc.double({ min: -2.2250738585072014e-308, max: 2.2250738585072014e-308, noNaN: true });
  it("every activation and derivative stays in its range and is never NaN for finite x", () => {
    fc.assert(
      fc.property(anyDouble, (x) => {
        expect(sigmoid(x)).toBeGreaterThanOrEqual(0);
        expect(sigmoid(x)).toBeLessThanOrEqual(1);
        expect(dsigmoid(x)).toBeGreaterThanOrEqual(0);
        expect(dsigmoid(x)).toBeLessThanOrEqual(0.25);
        expect(Math.abs(tanh(x))).toBeLessThanOrEqual(1);
        expect(dtanh(x)).toBeGreaterThanOrEqual(0);
        expect(dtanh(x)).toBeLessThanOrEqual(1);
        expect(softplus(x)).toBeGreaterThanOrEqual(Math.max(0, x));
        expect(Number.isFinite(softplus(x))).toBe(true);
        expect(logSigmoid(x)).toBeLessThanOrEqual(0);
        expect(Number.isFinite(logSigmoid(x))).toBe(true);
        for (const act of Object.values(activations)) {
          expect(Number.isNaN(act.f(x)) || Number.isNaN(act.df(x))).toBe(false);
        }
      }),
      { ...runs, numRuns: 5000 },
    );
  }, 30_000);
  it("in the far tails each function takes its closed-form limit", () => {
    // For x ≤ −746, e^x is below the smallest subnormal: σ(x), σ'(x), softplus(x) round to 0 and log σ(x) = x.
    fc.assert(
      fc.property(fc.double({ min: -1.7976931348623157e308, max: -746, noNaN: true }), (x) => {
        expect(sigmoid(x)).toBe(0);
        expect(dsigmoid(x)).toBe(0);
        expect(softplus(x)).toBe(0);
        expect(logSigmoid(x)).toBe(x);
        expect(sigmoid(-x)).toBe(1);
        expect(softplus(-x)).toBe(-x);
      }),
      runs,
    );
    // Between −745 and −40, σ(x) = e^x / (1 + e^x) and e^x < 5e−18 vanishes beside 1.
    fc.assert(
      fc.property(fc.double({ min: -708, max: -40, noNaN: true }), (x) => {
        expect(Math.abs(sigmoid(x) / Math.exp(x) - 1)).toBeLessThan(1e-15);
        expect(Math.abs(dsigmoid(x) / Math.exp(x) - 1)).toBeLessThan(1e-15);
        expect(Math.abs(softplus(x) / Math.exp(x) - 1)).toBeLessThan(1e-15);
      }),
      runs,
    );
    expect(sigmoid(Infinity)).toBe(1);
    expect(sigmoid(-Infinity)).toBe(0);
    expect(softplus(-Infinity)).toBe(0);
    expect(dtanh(Infinity)).toBe(0);
  });
  it("at subnormal x the functions take their values at 0 (to rounding) and tanh(x) = x", () => {
    fc.assert(
      fc.property(subnormal, (x) => {
        expect(sigmoid(x)).toBe(0.5);
        expect(dsigmoid(x)).toBe(0.25);
        expect(softplus(x)).toBe(Math.LN2);
        expect(logSigmoid(x)).toBe(-Math.LN2);
        expect(tanh(x)).toBe(x);
        expect(dtanh(x)).toBe(1);
        expect(relu(x)).toBe(x > 0 ? x : 0);
      }),
      runs,
    );
  });
  it("NaN in gives NaN out: relu(NaN) is not 0", () => {
    for (const act of Object.values(activations)) {
      if (act.name === "linear") continue;
      expect(act.f(NaN), act.name).toBeNaN();
      expect(act.df(NaN), act.name).toBeNaN();
    }
    expect(relu(NaN)).toBeNaN();
    expect(drelu(NaN)).toBeNaN();
    expect(dleakyRelu(NaN)).toBeNaN();
  });
});
