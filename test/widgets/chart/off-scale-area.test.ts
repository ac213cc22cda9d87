import { describe, expect, it } from "vitest";
import { INSIDE_FONT } from "../../../src/widgets/chart/figure-marks.ts";
import { offScaleLabelAreas } from "../../../src/widgets/chart/off-scale-area.ts";
import type { OffScaleMark } from "../../../src/widgets/chart/plot-series.ts";

const mark = (edge: OffScaleMark["edge"], anchor: OffScaleMark["anchor"], label = "1.62e−261"): OffScaleMark => ({ x: 300, y: edge === "top" ? 12 : 268, edge, label, anchor, from: 0, to: 0 });
// 9 glyphs at 0.72 em of the narrowest step's 26 units.
const width = 9 * 0.72 * INSIDE_FONT;

describe("offScaleLabelAreas(marks)", () => {
  it("puts a bottom-edge value above the edge, a top-edge value below it, both inside the frame", () => {
    const [bottom, top] = offScaleLabelAreas([mark("bottom", "middle"), mark("top", "middle")]);
    expect(bottom!.y1).toBeLessThan(268);
    expect(bottom!.y0).toBeGreaterThan(268 - 13 - INSIDE_FONT);
    expect(top!.y0).toBeGreaterThan(12);
    expect(top!.y1).toBeLessThan(12 + 13 + 1.1 * INSIDE_FONT);
  });

  it("spans the label's width on the side it is anchored to, 4 units past its arrow on the top and bottom edges", () => {
    const [start, middle, end] = offScaleLabelAreas([mark("bottom", "start"), mark("bottom", "middle"), mark("bottom", "end")]);
    expect([start!.x0, start!.x1]).toEqual([296, 296 + width]);
    expect([middle!.x0, middle!.x1]).toEqual([300 - width / 2, 300 + width / 2]);
    expect([end!.x0, end!.x1]).toEqual([304 - width, 304]);
  });

  it("leaves out marks whose value is not written", () => {
    expect(offScaleLabelAreas([mark("bottom", "middle", "")])).toEqual([]);
  });
});
