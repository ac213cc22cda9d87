import { describe, expect, it } from "vitest";
import { depthSweep } from "../../src/grad/depth-sweep.ts";
import { LabTrainer, LAB_PRESETS } from "../../src/grad/lab-trainer.ts";

describe("depthSweep(settings, depths, steps)", () => {
  it("gives, for each depth, the loss and accuracy of a fresh trainer of that depth after the steps", () => {
    const sweep = depthSweep(LAB_PRESETS.reluHe, [1, 3], 20);
    expect(sweep.map((p) => p.depth)).toEqual([1, 3]);
    for (const p of sweep) {
      const t = new LabTrainer({ ...LAB_PRESETS.reluHe, depth: p.depth });
      t.train(20);
      const s = t.snapshot(false);
      expect(t.net.layers).toHaveLength(p.depth + 1);
      expect(p.loss).toBe(s.losses.at(-1));
      expect(p.accuracy).toBe(s.accuracy);
    }
  });

  it("starts every small-weight sigmoid network at ln 2: its output is σ(≈0) = one half for every point", () => {
    for (const p of depthSweep(LAB_PRESETS.sigmoidSmall, [1, 4, 8], 0)) expect(Math.abs(p.loss - Math.LN2)).toBeLessThan(1e-3);
  });
});
