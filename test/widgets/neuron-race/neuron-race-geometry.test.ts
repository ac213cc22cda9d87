import fc from "fast-check";
import { describe, it } from "vitest";
import { neuronRace } from "../../../src/grad/neuron-race.ts";
import { boxP, boxZ, neuronRaceGeometry, xScale, yP, yZ } from "../../../src/widgets/neuron-race/neuron-race-geometry.ts";
import { NEURON_STEPS, neuronRaceOptions, neuronRaceSpecs } from "../../../src/widgets/neuron-race/neuron-race-options.ts";
import { expectHonestPlot, expectHonestPoint } from "../../helpers/honest-plot.ts";

const spec = (k: "z0" | "learningRate") => fc.double({ min: neuronRaceSpecs[k].min, max: neuronRaceSpecs[k].max, noNaN: true });

// The runs are the trainer's own (tested in test/grad); here the question is the drawing.
describe("neuronRaceGeometry(options) as drawn", () => {
  it("for random options, both panels' curves and dots map back within half a pixel, or are marked off-scale", () => {
    fc.assert(
      fc.property(fc.record({ z0: spec("z0"), learningRate: spec("learningRate"), step: fc.integer({ min: 0, max: NEURON_STEPS }) }), (input) => {
        const o = neuronRaceOptions(input);
        const g = neuronRaceGeometry(o);
        for (const r of g.runners) {
          const run = neuronRace(r.loss, { z0: o.z0, learningRate: o.learningRate, steps: NEURON_STEPS });
          expectHonestPlot(r.pPath, r.pMarks, run.p.map((v, i) => [xScale(i), yP(v)] as const), boxP);
          expectHonestPlot(r.zPath, r.zMarks, run.z.map((v, i) => [xScale(i), yZ(v)] as const), boxZ);
          expectHonestPoint(g.stepX, r.cyZ, r.dotMarks[1], [xScale(o.step), yZ(run.z[o.step]!)], boxZ);
          expectHonestPoint(g.stepX, r.cyP, r.dotMarks[0], [xScale(o.step), yP(run.p[o.step]!)], boxP);
        }
      }),
      { numRuns: 40 },
    );
  });
});
