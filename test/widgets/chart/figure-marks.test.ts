import { describe, expect, it } from "vitest";
import type { ChartBox } from "../../../src/widgets/chart/chart-box.ts";
import { insideLabelArea, pointAreas, yGridMarks } from "../../../src/widgets/chart/figure-marks.ts";
import type { Mark } from "../../../src/widgets/chart/mark.ts";

const box: ChartBox = { x0: 56, x1: 624, y0: 12, y1: 268 };
const y = (v: number) => 268 - v * 256;
const sides = (marks: Mark[]) => marks.filter((m) => m.tag === "text").map((m) => (String(m.attrs["class"]).includes("chart-ytick-start") ? "start" : "end"));
const point = (x: number, py: number): ChartBox => ({ x0: x, x1: x, y0: py, y1: py });
// Just above a gridline (labels sit above theirs), 10 units in from either end of the frame.
const under = (v: number, end: "start" | "end") => point(end === "end" ? box.x1 - 10 : box.x0 + 10, y(v) - 10);

describe("yGridMarks(box, values, scale, label, avoid, avoidText)", () => {
  it("keeps every label at the right end when it has nothing to avoid", () => {
    expect(sides(yGridMarks(box, [0, 0.5, 1], y, String))).toEqual(["end", "end", "end"]);
  });

  it("moves a label to the left end only where less of what it avoids lies under it there", () => {
    const avoid = [under(0, "end"), under(0.5, "end"), under(0.5, "start"), under(1, "start")];
    expect(sides(yGridMarks(box, [0, 0.5, 1], y, String, avoid))).toEqual(["start", "end", "end"]);
  });

  it("moves a label off a title (avoidText) whatever number of points lie under it at the other end", () => {
    const avoid = [0, 1, 2, 3, 4, 5].map((i) => point(box.x0 + 10 + i, y(1) - 10));
    expect(sides(yGridMarks(box, [1], y, String, avoid, [under(1, "end")]))).toEqual(["start"]);
  });

  it("leaves a label out where the figure is narrow (chart-wide-only) when text lies under it at both ends, and only then", () => {
    const wideOnly = (marks: Mark[]) => marks.filter((m) => m.tag === "text").map((m) => String(m.attrs["class"]).includes("chart-wide-only"));
    const points = [0, 1, 2].map((i) => point(box.x0 + 10 + i, y(1) - 10));
    expect(wideOnly(yGridMarks(box, [1, 0], y, String, points, [under(1, "end"), under(1, "start")]))).toEqual([true, false]);
    expect(wideOnly(yGridMarks(box, [1], y, String, [...points, under(1, "end")], [under(1, "start")]))).toEqual([false]);
  });

  it("places each side's area at its end of the gridline, above it", () => {
    const [end, start] = (["end", "start"] as const).map((s) => insideLabelArea(box, 100, "1e−60", s));
    expect(end!.x1).toBeLessThanOrEqual(box.x1);
    expect(start!.x0).toBeGreaterThanOrEqual(box.x0);
    for (const a of [end!, start!]) expect(a.y1).toBeLessThan(100);
  });
});

describe("pointAreas(box, n, x, y)", () => {
  it("keeps the points inside the frame, each as a zero-size area", () => {
    const areas = pointAreas(box, 3, (i) => 100 + i, (i) => [0, 100, 400][i]!);
    expect(areas).toEqual([point(101, 100)]);
  });
});
