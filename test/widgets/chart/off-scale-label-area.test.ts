import { describe, expect, it } from "vitest";
import { NARROW_FONT, offScaleLabelAreas } from "../../../src/widgets/chart/off-scale-label-area.ts";
import type { OffScaleMark } from "../../../src/widgets/chart/plot-series.ts";

const mark = (edge: OffScaleMark["edge"], anchor: OffScaleMark["anchor"], label = "1.62e−261"): OffScaleMark => ({ x: 300, y: edge === "top" ? 12 : 268, edge, label, anchor, from: 0, to: 0 });
// 9 glyphs at 0.62 em of the narrow figure's 26 units.
const width = 9 * 0.62 * NARROW_FONT;

describe("offScaleLabelAreas(marks, font)", () => {
  it("puts a bottom-edge value above the edge, a top-edge value below it, both inside the frame", () => {
    const [bottom, top] = offScaleLabelAreas([mark("bottom", "middle"), mark("top", "middle")], NARROW_FONT);
    expect(bottom!.y1).toBeLessThan(268);
    expect(bottom!.y0).toBeGreaterThan(268 - 13 - NARROW_FONT);
    expect(top!.y0).toBeGreaterThan(12);
    expect(top!.y1).toBeLessThan(12 + 13 + 1.1 * NARROW_FONT);
  });

  it("spans the label's width on the side it is anchored to, 4 units past its arrow on the top and bottom edges", () => {
    const [start, middle, end] = offScaleLabelAreas([mark("bottom", "start"), mark("bottom", "middle"), mark("bottom", "end")], NARROW_FONT);
    expect(start!.x0).toBeCloseTo(296, 9);
    expect(start!.x1).toBeCloseTo(296 + width, 9);
    expect(middle!.x0).toBeCloseTo(300 - width / 2, 9);
    expect(middle!.x1).toBeCloseTo(300 + width / 2, 9);
    expect(end!.x0).toBeCloseTo(304 - width, 9);
    expect(end!.x1).toBeCloseTo(304, 9);
  });

  it("leaves out marks whose value is not written", () => {
    expect(offScaleLabelAreas([mark("bottom", "middle", "")], NARROW_FONT)).toEqual([]);
  });
});
