import { describe, expect, it } from "vitest";
import { LAB_PRESETS } from "../../../src/grad/lab-trainer.ts";
import { NARROW_FONT, offScaleLabelArea } from "../../../src/widgets/chart/off-scale-label-area.ts";
import { box, frame, LOSS_TOP, sweepGeometry, sweepPanel } from "../../../src/widgets/depth-sweep/sweep-geometry.ts";
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

describe("sweepPanel(title, points, depths)", () => {
  // Eight depths across x0 + 10 to x1 − 10: 240/7 units apart. Depths 1 and 3 lose more than the axis shows, depth 2
  // comes back in between: two runs above the frame, each marked on the top edge at its own depth.
  const depths = [1, 2, 3, 4, 5, 6, 7, 8];
  const x = (d: number) => frame.x0 + 10 + ((d - 1) / 7) * (frame.x1 - frame.x0 - 20);
  const losses = [0.95, 0.5, 0.91, 0.4, 0.4, 0.4, 0.4, 0.4];
  const points = depths.map((depth, i) => ({ depth, loss: losses[i]!, accuracy: 0.5 }));
  const panel = sweepPanel("diverging", points, depths);
  // Coordinates are written to a tenth of a unit.
  const round1 = (v: number) => Math.round(v * 10) / 10;
  // Depth 1 lies 10 units from the frame's left side, under the 48 a centred label needs: its label starts at the arrow;
  // depth 3 lies 79 units in: centred.
  const first = { x: round1(x(1)), y: frame.y0, edge: "top", label: "0.95", anchor: "start" } as const;
  const second = { x: round1(x(3)), y: frame.y0, edge: "top", label: "0.91", anchor: "middle" } as const;

  it("shows every value beyond the axis that fits at the panel's own 12-unit text, though a 640-unit figure's phone text would crowd it", () => {
    expect(frame.font).toBe(12);
    // Four glyphs of 0.62 em: 29.8 units at 12, 64.5 at 26. The first label runs from 4 left of its arrow (x(1) − 4 = 50)
    // to 79.8 at 12 units, to 114.5 at 26; the second, centred on x(3) = 122.6, starts at 107.7 at 12 units and at 90.4 at 26.
    const [a, b] = [offScaleLabelArea(first, frame.font), offScaleLabelArea(second, frame.font)];
    expect(a.x1).toBeCloseTo(x(1) - 4 + 4 * 0.62 * 12, 1);
    expect(b.x0).toBeCloseTo(x(3) - 2 * 0.62 * 12, 1);
    expect(a.x1).toBeLessThan(b.x0);
    expect(offScaleLabelArea(first, NARROW_FONT).x1).toBeGreaterThan(offScaleLabelArea(second, NARROW_FONT).x0);
    expect(panel.marks).toEqual([
      { ...first, from: 0, to: 0 },
      { ...second, from: 2, to: 2 },
    ]);
  });

  it("writes both values, shown at every width, and its text size on the SVG the stylesheet sizes its text by", () => {
    const html = sweepMarkup([panel], "sweep", "Loss");
    expect(html).toContain(`font-size="${frame.font}"`);
    const labels = [...html.matchAll(/<text class="([^"]*chart-off-label[^"]*)"[^>]*>([^<]*)<\/text>/g)].map((m) => [m[1], m[2]]);
    expect(labels).toEqual([
      ["chart-off-label", "0.95"],
      ["chart-off-label", "0.91"],
    ]);
  });
});
