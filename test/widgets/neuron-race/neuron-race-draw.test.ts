import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { neuronRace } from "../../../src/grad/neuron-race.ts";
import type { Mark } from "../../../src/widgets/chart/mark.ts";
import { neuronRaceDraw } from "../../../src/widgets/neuron-race/neuron-race-draw.ts";
import { boxP, boxZ, frame, neuronRaceGeometry } from "../../../src/widgets/neuron-race/neuron-race-geometry.ts";
import { NEURON_STEPS, neuronRaceOptions, neuronRaceSpecs } from "../../../src/widgets/neuron-race/neuron-race-options.ts";
import { mount } from "../../../src/widgets/neuron-race/neuron-race.ts";
import { expectMarksDrawn, expectMarkValues, marksWithClass } from "../../helpers/drawn-marks.ts";
import { expectHonestPlot, expectHonestPoint } from "../../helpers/honest-plot.ts";
import { expectOneDrawPath } from "../../helpers/one-draw-path.ts";
import { markTexts } from "../../helpers/mark-texts.ts";
import { optionsFrom } from "../../helpers/option-arbitrary.ts";

const options = optionsFrom(neuronRaceSpecs);
// Each panel's mapping written out from the frame: steps across, p̃ from 0 to 1 and the logit from −10 to 10 up.
const xAt = (i: number) => frame.left + (i / NEURON_STEPS) * (frame.width - frame.right - frame.left);
const pAt = (p: number) => frame.top.y1 - p * (frame.top.y1 - frame.top.y0);
const zAt = (z: number) => frame.bottom.y1 - ((z + 10) / 20) * (frame.bottom.y1 - frame.bottom.y0);
const num = (m: Mark | undefined, name: string) => Number(m!.attrs[name]);

// The runs are the trainer's own (tested in test/grad); here the question is the drawing.
describe("neuronRaceDraw(options, id)", () => {
  // Dozens of random states, two runs each: a limit for a loaded machine, not a speed test.
  it("draws both panels' curves and dots where their true values map, within half a pixel, or marked off-scale with the value", { timeout: 60_000 }, () => {
    fc.assert(
      fc.property(options, (input) => {
        const o = neuronRaceOptions(input);
        const g = neuronRaceGeometry(o);
        const drawn = neuronRaceDraw(o, "t");
        for (const r of g.runners) {
          const run = neuronRace(r.loss, { z0: o.z0, learningRate: o.learningRate, steps: NEURON_STEPS });
          const [pPath, zPath] = marksWithClass(drawn, `nr-curve nr-${r.loss}`);
          expectHonestPlot(String(pPath!.attrs["d"]), r.pMarks, run.p.map((v, i) => [xAt(i), pAt(v)] as const), boxP);
          expectHonestPlot(String(zPath!.attrs["d"]), r.zMarks, run.z.map((v, i) => [xAt(i), zAt(v)] as const), boxZ);
          const [dotP] = marksWithClass(drawn, `nr-p nr-${r.loss}`);
          const [dotZ] = marksWithClass(drawn, `nr-z nr-${r.loss}`);
          expectHonestPoint(num(dotP, "cx"), num(dotP, "cy"), r.dotMarks[0], [xAt(o.step), pAt(run.p[o.step]!)], boxP);
          expectHonestPoint(num(dotZ, "cx"), num(dotZ, "cy"), r.dotMarks[1], [xAt(o.step), zAt(run.z[o.step]!)], boxZ);
          expectMarkValues(r.zMarks, (m) => run.z.slice(m.from, m.to + 1).map((v) => [v]));
          expectMarkValues(r.dotMarks.filter((m) => m !== null), () => [[run.p[o.step]!], [run.z[o.step]!]]);
        }
        expectMarksDrawn(drawn, g.marks);
      }),
      { seed: 16, numRuns: 40 },
    );
  });

  it("draws a race it met before (kept, or dropped after 64 others and trained again) with the same curves, and its dots at the new step", () => {
    const curves = (o: ReturnType<typeof neuronRaceOptions>) => marksWithClass(neuronRaceDraw(o, "t"), "nr-curve").map((m) => m.attrs["d"]);
    const first = neuronRaceOptions({ z0: -6, learningRate: 1, step: 10 });
    const before = curves(first);
    for (const again of [{ ...first, step: 150 }, ...Array.from({ length: 70 }, (_, k) => ({ ...first, z0: -9 + k * 0.1 })), { ...first, step: 150 }]) {
      const drawn = neuronRaceDraw(again, "t");
      if (again.step !== 150) continue;
      expect(marksWithClass(drawn, "nr-curve").map((m) => m.attrs["d"])).toEqual(before);
      for (const loss of ["mse", "ce"] as const) {
        const run = neuronRace(loss, { z0: -6, learningRate: 1, steps: NEURON_STEPS });
        const [dot] = marksWithClass(drawn, `nr-p nr-${loss}`);
        expectHonestPoint(num(dot, "cx"), num(dot, "cy"), null, [xAt(150), pAt(run.p[150]!)], boxP);
      }
    }
  });

  it("labels its ticks with the true minus sign", () => {
    const texts = markTexts(marksWithClass(neuronRaceDraw(neuronRaceOptions({}), "t"), "chart-tick"));
    expect(texts).toContain("−10");
    expect(texts.join("")).not.toContain("-");
  });

  // Dozens of mounts and redraws: a limit for a loaded machine, not a speed test.
  it("is the one draw path: the build's figure is adopted on mount and every update draws what the build would", { timeout: 60_000 }, () => {
    expectOneDrawPath(mount, neuronRaceDraw, options, (i) => neuronRaceOptions(i));
  });
});
