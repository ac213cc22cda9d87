import { expect } from "vitest";
import type { Mark } from "../../src/widgets/chart/mark.ts";
import type { OffScaleMark } from "../../src/widgets/chart/plot-series.ts";

/** Every mark in a tree, depth first, whose class list holds all the given classes. */
export function marksWithClass(marks: readonly Mark[], ...classes: string[]): Mark[] {
  return marks.flatMap((m) => {
    const own = String(m.attrs.class ?? "").split(" ");
    return [...(classes.every((c) => own.includes(c)) ? [m] : []), ...marksWithClass(m.children ?? [], ...classes)];
  });
}

/** An off-scale arrow as drawn: where its tip sits, the edge it points through, and its label ("" when left off). */
export interface DrawnArrow {
  readonly x: number;
  readonly y: number;
  readonly edge: string;
  readonly label: string;
}

/** The off-scale arrows a mark tree draws, read back from their marks. */
export function drawnArrows(marks: readonly Mark[]): DrawnArrow[] {
  return marksWithClass(marks, "chart-off").map((m) => {
    const [, x, y] = /^translate\(([^,]+),([^)]+)\)$/.exec(String(m.attrs.transform))!;
    const edge = String(m.attrs.class).match(/chart-off-(top|bottom|left|right)/)![1]!;
    const label = marksWithClass(m.children ?? [], "chart-off-label")[0]?.text ?? "";
    expect(marksWithClass(m.children ?? [], "chart-off-arrow"), "an off-scale mark without its arrow").toHaveLength(1);
    return { x: Number(x), y: Number(y), edge, label };
  });
}

/** Asserts that each off-scale mark is drawn: an arrow at its place through its edge, with its label unless that label was left off to avoid crowding. */
export function expectArrowsDrawn(drawn: readonly DrawnArrow[], marks: readonly OffScaleMark[]): void {
  for (const m of marks) {
    const at = drawn.filter((d) => d.x === m.x && d.y === m.y && d.edge === m.edge);
    expect(at.length, `no arrow drawn at (${m.x}, ${m.y}) through the ${m.edge} edge for ${m.label}`).toBeGreaterThan(0);
    expect(at.some((d) => d.label === m.label || d.label === ""), `the arrow at (${m.x}, ${m.y}) carries neither ${m.label} nor no label`).toBe(true);
  }
}
