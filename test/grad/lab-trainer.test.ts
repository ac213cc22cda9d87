import { describe, expect, it } from "vitest";
import { bceWithLogits } from "../../src/grad/losses.ts";
import { GRID, gradientRatio, LabTrainer, labData, labRun, LAB_PRESETS, lossJump, normSpread } from "../../src/grad/lab-trainer.ts";
import { sigmoid } from "../../src/grad/activations.ts";

describe("LabTrainer", () => {
  it("gives the same run for the same settings, and a different one for another seed", () => {
    const a = labRun(LAB_PRESETS.tanhXavier, 5);
    expect(labRun(LAB_PRESETS.tanhXavier, 5)).toEqual(a);
    expect(labRun({ ...LAB_PRESETS.tanhXavier, seed: 2 }, 5).losses).not.toEqual(a.losses);
    expect(a.step).toBe(5);
    expect(a.losses).toHaveLength(6);
    expect(a.region).toHaveLength(GRID * GRID);
    expect(a.region!.every((p) => p > 0 && p < 1)).toBe(true);
  });

  it("reports the mean cross-entropy of its own network's outputs, and a first-layer gradient norm that finite differences confirm", () => {
    const trainer = new LabTrainer({ depth: 2, width: 3, activation: "sigmoid", init: "xavier", learningRate: 0.5, seed: 9 });
    const meanLoss = () => labData.xs.reduce((s, x, i) => s + bceWithLogits(trainer.net.predict(x)[0]!, labData.ys[i]!), 0) / labData.xs.length;
    const s = trainer.snapshot();
    expect(s.losses[0]).toBeCloseTo(meanLoss(), 12);
    const w = trainer.net.layers[0]!.w;
    const h = 1e-6;
    let sum = 0;
    for (let i = 0; i < w.length; i++) {
      const keep = w[i]!;
      w[i] = keep + h;
      const up = meanLoss();
      w[i] = keep - h;
      const down = meanLoss();
      w[i] = keep;
      sum += ((up - down) / (2 * h)) ** 2;
    }
    expect(Math.abs(s.gradNorms[0]! / Math.sqrt(sum) - 1)).toBeLessThan(1e-5);
  });

  it("counts one example per point for the initial gradient and for every step", () => {
    const trainer = new LabTrainer(LAB_PRESETS.reluHe);
    trainer.train(4);
    expect(trainer.examples).toBe(5 * labData.xs.length);
  });

  it("shows the presets' contrast: deep sigmoid with small weights starves its first layer, ReLU with He trains", () => {
    expect(gradientRatio(labRun(LAB_PRESETS.sigmoidSmall, 0))).toBeLessThan(1e-10);
    const relu = labRun(LAB_PRESETS.reluHe, 300);
    expect(relu.accuracy).toBe(1);
    expect(relu.losses.at(-1)!).toBeLessThan(relu.losses[0]! / 10);
    // A network that has learnt nothing predicts one half everywhere: its loss is ln 2.
    expect(labRun(LAB_PRESETS.sigmoidSmall, 300).losses.at(-1)).toBeCloseTo(Math.LN2, 6);
  });
});

describe("LabTrainer's history and region", () => {
  it("keeps every layer's gradient norm at every step: the history's column k is the snapshot after k steps", () => {
    const run = labRun(LAB_PRESETS.sigmoidXavier, 12);
    expect(run.normHistory).toHaveLength(run.gradNorms.length);
    for (const k of [0, 1, 5, 12]) expect(run.normHistory.map((h) => h[k])).toEqual(labRun(LAB_PRESETS.sigmoidXavier, k).gradNorms);
  });

  it("samples the region with the network's own forward pass, and leaves it out when not asked for", () => {
    const trainer = new LabTrainer(LAB_PRESETS.tanhXavier);
    trainer.train(3);
    const s = trainer.snapshot();
    const [r, c] = [10, 50];
    const x = -1.4 + (2.8 * (c + 0.5)) / GRID;
    const y = 1.4 - (2.8 * (r + 0.5)) / GRID;
    expect(s.region![r * GRID + c]).toBeCloseTo(sigmoid(trainer.net.predict([x, y])[0]!), 6);
    expect(trainer.snapshot(false).region).toBeNull();
  });
});

describe("lossJump(losses)", () => {
  it("finds the low before the steepest rise, the peak, and the first step back at or below the low", () => {
    const losses = [0.7, 0.5, 0.3, 0.2, 0.25, 0.9, 1.4, 1.1, 0.4, 0.2, 0.1];
    expect(lossJump(losses)).toEqual({ fromStep: 3, from: 0.2, peakStep: 6, peak: 1.4, backStep: 9, rise: 0.9 - 0.25 });
  });

  it("reports no rise for a falling curve, and NaN when the loss never comes back", () => {
    expect(lossJump([1, 0.5, 0.25]).rise).toBe(0);
    expect(lossJump([0.5, 0.1, 2, 3]).backStep).toBeNaN();
  });
});

describe("normSpread(snapshot)", () => {
  it("is the largest norm over the smallest", () => {
    expect(normSpread({ ...labRun(LAB_PRESETS.reluHe, 0), gradNorms: [2e-6, 5e-6, 4e-6] })).toBeCloseTo(2.5, 12);
  });
});

describe("labRun(settings, steps)", () => {
  it("carries a longer run on from a shorter one and gives what a fresh trainer gives", () => {
    const settings = { ...LAB_PRESETS.reluHe, seed: 7 };
    labRun(settings, 5);
    const fresh = new LabTrainer(settings);
    fresh.train(12);
    expect(labRun(settings, 12)).toEqual(fresh.snapshot());
    const short = new LabTrainer(settings);
    short.train(3);
    expect(labRun(settings, 3)).toEqual(short.snapshot());
  });

  it("the tanh preset's loss never rises in 2000 steps, and twice its rate jumps (what the article's footnote says)", () => {
    expect(lossJump(labRun(LAB_PRESETS.tanhXavier, 2000).losses).rise).toBe(0);
    expect(lossJump(labRun({ ...LAB_PRESETS.tanhXavier, learningRate: 2 * LAB_PRESETS.tanhXavier.learningRate }, 400).losses).peak).toBeGreaterThan(1);
  }, 30_000);
});
