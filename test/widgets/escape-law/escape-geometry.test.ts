import { describe, expect, it } from "vitest";
import { box, escapeGeometry, RATES, STARTS, STEP_EXPONENTS, xScale } from "../../../src/widgets/escape-law/escape-geometry.ts";
import { expectHonestPlot, expectHonestPoint } from "../../helpers/honest-plot.ts";

// Positions computed here from the axes' definitions: |z0| from 2 to 12 across, log10(steps) from 0 to 6 upwards.
const px = (a: number) => box.x0 + ((a - 2) / 10) * (box.x1 - box.x0);
const py = (steps: number) => box.y1 - ((Math.log10(steps) - STEP_EXPONENTS[0]) / (STEP_EXPONENTS[1] - STEP_EXPONENTS[0])) * (box.y1 - box.y0);

describe("escapeGeometry()", () => {
  it("draws the law e^|z0|/(4η) for each rate where it maps, and marks where it leaves the axis", () => {
    const series = escapeGeometry();
    expect(series.map((s) => s.rate)).toEqual(RATES);
    for (const s of series) {
      const fine = Array.from({ length: 101 }, (_, i) => 2 + i / 10);
      expectHonestPlot(s.lawPath, s.marks, fine.map((a) => [px(a), py(Math.exp(a) / (4 * s.rate))] as const), box);
    }
  });

  it("puts each trained count at its start and its number of steps, on the axis or marked", () => {
    for (const s of escapeGeometry()) {
      expect(s.dots.map((d) => d.z0)).toEqual(STARTS.map((a) => -a));
      for (const d of s.dots) {
        expect(d.steps).toBeGreaterThan(0);
        expect(d.cx).toBeCloseTo(xScale(-d.z0), 6);
        const mark = s.marks.find((m) => m.label === String(d.steps)) ?? null;
        expectHonestPoint(d.cx, d.cy, mark, [px(-d.z0), py(d.steps)], box);
      }
    }
  });
});
