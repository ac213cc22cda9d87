import { describe, expect, it } from "vitest";
import { bceWithLogits } from "../../src/grad/losses.ts";
import { Mlp } from "../../src/grad/mlp.ts";
import { sigmoid } from "../../src/grad/activations.ts";
import { decisionRegion } from "../../src/grad/decision-region.ts";
import { bestOfSweep, raceAtBest, raceData, raceStart, raceSweep, RaceTrainer, ringsDataset, steadyDescent, stepsToLoss, trainRace, trainRaceSteps } from "../../src/grad/train-race.ts";
import type { ActivationName } from "../../src/grad/activations.ts";

/** The race's training done independently: one example at a time through Mlp.forward/backward, as the textbook loop. */
function referenceLosses(activation: ActivationName, learningRate: number, steps: number, seed = 1): number[] {
  const net = new Mlp({ sizes: [2, 8, 8, 1], activation, output: "linear", init: "xavier", seed });
  const n = raceData.xs.length;
  const losses: number[] = [];
  for (let step = 0; step <= steps; step++) {
    net.zeroGrad();
    let loss = 0;
    raceData.xs.forEach((x, i) => {
      const trace = net.forward(x);
      const z = trace.a.at(-1)![0]!;
      const y = raceData.ys[i]!;
      loss += bceWithLogits(z, y) / n;
      net.backward(trace, [(sigmoid(z) - y) / n]);
    });
    losses.push(loss);
    if (step < steps) net.sgdStep(learningRate);
  }
  return losses;
}

describe("ringsDataset(n, seed)", () => {
  it("is deterministic, balanced, and puts label 1 inside", () => {
    const a = ringsDataset(100, 3);
    expect(ringsDataset(100, 3)).toEqual(a);
    expect(a.ys.filter((y) => y === 1)).toHaveLength(50);
    const radius = (i: number) => Math.hypot(...a.xs[i]!);
    const mean = (label: number) => {
      const r = a.xs.map((_, i) => i).filter((i) => a.ys[i] === label).map(radius);
      return r.reduce((s, v) => s + v, 0) / r.length;
    };
    expect(mean(1)).toBeLessThan(mean(0));
  });
});

describe("RaceTrainer(activation, learningRate, seed)", () => {
  it("gives the losses of an independent one-example-at-a-time training, step for step", () => {
    for (const [activation, rate] of [["sigmoid", 5], ["tanh", 2], ["relu", 0.5]] as const) {
      const t = new RaceTrainer(activation, rate, 1);
      while (t.step < 40) t.train();
      const reference = referenceLosses(activation, rate, 40);
      t.losses.forEach((l, i) => expect(l).toBeCloseTo(reference[i]!, 10));
    }
  });
  it("is deterministic: the same seed gives the same losses and region bit for bit, another seed others", () => {
    const run = (seed: number) => {
      const t = new RaceTrainer("tanh", 2, seed);
      while (t.step < 25) t.train();
      return { losses: t.losses, region: t.region(16, 1.4) };
    };
    expect(run(1)).toEqual(run(1));
    expect(run(2).losses).not.toEqual(run(1).losses);
  });
  it("region(grid, extent) is σ of the network's logit at each cell's centre, rows from the top", () => {
    const t = new RaceTrainer("relu", 2, 1);
    while (t.step < 10) t.train();
    const grid = 8;
    const region = t.region(grid, 1.4);
    for (const [r, c] of [[0, 0], [0, 7], [7, 0], [3, 5]] as const) {
      const x = -1.4 + (2.8 * (c + 0.5)) / grid;
      const y = 1.4 - (2.8 * (r + 0.5)) / grid;
      expect(region[r * grid + c]).toBeCloseTo(sigmoid(t.net.predict([x, y])[0]!), 6);
    }
    expect(decisionRegion(t.net, grid, 1.4)).toEqual(region);
  });
  it("accuracy() counts the points whose logit has the sign of their label", () => {
    const t = new RaceTrainer("sigmoid", 1, 1);
    const right = raceData.xs.filter((x, i) => (t.net.predict(x)[0]! > 0 ? 1 : 0) === raceData.ys[i]).length;
    expect(t.accuracy()).toBe(right / raceData.xs.length);
  });
});

describe("trainRace(activation, settings) and trainRaceSteps", () => {
  it("start near ln 2, agree with each other, and are cached", () => {
    const settings = { steps: 60, learningRate: 1 };
    for (const a of ["sigmoid", "tanh", "relu"] as const) {
      const losses = trainRace(a, settings);
      expect(losses).toHaveLength(61);
      expect(Math.abs(losses[0]! - Math.LN2)).toBeLessThan(0.1);
      const steps = trainRaceSteps(a, { ...settings, seed: 1 });
      let next = steps.next();
      while (!next.done) next = steps.next();
      expect(next.value).toBe(losses);
    }
  });
  it("stepsToLoss(losses, target) finds the first step at or below the target", () => {
    expect(stepsToLoss([3, 2, 1, 0.5], 1)).toBe(2);
    expect(stepsToLoss([3, 2], 1)).toBe(-1);
  });
});

describe("raceSweep and bestOfSweep", () => {
  it("bestOfSweep picks, of the steady runs, the lowest finite final loss, the smaller rate on a tie, and refuses a sweep with none", () => {
    const points = [
      { learningRate: 1, loss: 0.3, steady: true },
      { learningRate: 2, loss: 0.1, steady: true },
      { learningRate: 5, loss: 0.01, steady: false },
      { learningRate: 10, loss: NaN, steady: true },
      { learningRate: 20, loss: Infinity, steady: true },
    ];
    expect(bestOfSweep(points)).toEqual(points[1]);
    expect(bestOfSweep([{ learningRate: 1, loss: 0.1, steady: true }, { learningRate: 2, loss: 0.1, steady: true }]).learningRate).toBe(1);
    expect(() => bestOfSweep([{ learningRate: 1, loss: 0.2, steady: false }])).toThrow(/every step/);
  });
  it("steadyDescent(losses) holds when no loss rises above the one before", () => {
    expect(steadyDescent([3, 2, 2, 1])).toBe(true);
    expect(steadyDescent([3, 2, 2.0000001, 1])).toBe(false);
    expect(steadyDescent([])).toBe(true);
  });
  it("each rate's final loss and steadiness are those of an independent training at that rate, and the best is the lowest steady one", () => {
    const s = { sweep: [0.2, 1, 3], steps: 30, seed: 1 };
    for (const a of ["sigmoid", "tanh", "relu"] as const) {
      const points = raceSweep(a, s);
      const reference = s.sweep.map((rate) => referenceLosses(a, rate, s.steps));
      points.forEach((p, i) => {
        const r = reference[i]!;
        // A climbing run stops at its first rise; a steady one runs to the end.
        const rise = r.findIndex((l, k) => k > 0 && l > r[k - 1]! + 1e-12);
        expect(p.learningRate).toBe(s.sweep[i]);
        expect(p.steady).toBe(rise === -1);
        expect(p.loss).toBeCloseTo(rise === -1 ? r.at(-1)! : r[rise]!, 9);
      });
      const candidates = reference.map((r, i) => ({ i, end: r.at(-1)!, steady: points[i]!.steady })).filter((c) => c.steady);
      const k = candidates.reduce((b, c) => (c.end < b.end ? c : b)).i;
      expect(bestOfSweep(points).learningRate).toBe(s.sweep[k]);
    }
  });
  it("raceStart is the seeded network before any step, whatever the rate", () => {
    const s = { sweep: [0.5], steps: 5, seed: 3 };
    expect(raceStart("tanh", s).losses).toEqual(new RaceTrainer("tanh", 7, 3).losses);
    expect(raceStart("tanh", s).step).toBe(0);
  });
  it("raceAtBest trains at the sweep's best rate times the multiplier", () => {
    const s = { sweep: [0.2, 0.5], steps: 20, seed: 1 };
    const best = bestOfSweep(raceSweep("tanh", s));
    const t = raceAtBest("tanh", s, 10, 0.5);
    expect(t.learningRate).toBe(best.learningRate * 0.5);
    expect(t.step).toBe(10);
    expect(raceAtBest("tanh", s).losses.at(-1)).toBe(best.loss);
  });
});
