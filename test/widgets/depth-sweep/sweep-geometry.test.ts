import { describe, expect, it } from "vitest";
import { LAB_PRESETS } from "../../../src/grad/lab-trainer.ts";
import { box, frame, LOSS_TOP, sweepGeometry } from "../../../src/widgets/depth-sweep/sweep-geometry.ts";
import { sweepMarkup } from "../../../src/widgets/depth-sweep/sweep-markup.ts";
import { expectHonestPlot } from "../../helpers/honest-plot.ts";

const depths = [1, 2, 3, 4];
const presets = [
  { title: "ReLU, He", settings: LAB_PRESETS.reluHe },
  { title: "tanh, Xavier", settings: LAB_PRESETS.tanhXavier },
];

describe("sweepGeometry(presets, depths, steps)", () => {
  const panels = sweepGeometry(presets, depths, 30);
  // The panel's axes written out again: depths 1 to 4 across x0 + 10 to x1 − 10, loss 0 to LOSS_TOP up from y1 to y0.
  const x = (d: number) => frame.x0 + 10 + ((d - 1) / 3) * (frame.x1 - frame.x0 - 20);
  const y = (loss: number) => frame.y1 - (loss / LOSS_TOP) * (frame.y1 - frame.y0);

  it("draws one line per preset through its depths' losses, within half a pixel or marked off-scale", () => {
    expect(panels).toHaveLength(2);
    for (const p of panels) {
      expect(p.points.map((q) => q.depth)).toEqual(depths);
      expectHonestPlot(p.path, p.marks, p.points.map((q) => [x(q.depth), y(q.loss)] as const), box);
      for (const [i, dot] of p.dots.entries()) {
        expect(Math.abs(dot.cx - x(p.points[i]!.depth))).toBeLessThan(0.5);
        expect(Math.abs(dot.cy - y(p.points[i]!.loss))).toBeLessThan(0.5);
      }
    }
  });

  it("states the run above the panels and every point in the description", () => {
    const html = sweepMarkup(panels, "sweep", "Loss after 30 steps");
    expect(html).toContain(`<p class="ds-head">Loss after 30 steps</p>`);
    expect(html.match(/<svg /g)).toHaveLength(2);
    expect(html.match(/depth \d: loss/g)).toHaveLength(8);
  });
});
