import { expect } from "vitest";
import type { Mark } from "../../src/widgets/chart/mark.ts";
import type { OffScaleMark } from "../../src/widgets/chart/plot-series.ts";

/** Every mark in a tree, depth first, whose class list holds all the given classes (each argument may hold several, space-separated). */
export function marksWithClass(marks: readonly Mark[], ...classes: string[]): Mark[] {
  const want = classes.flatMap((c) => c.split(" "));
  return marks.flatMap((m) => {
    const own = String(m.attrs.class ?? "").split(" ");
    return [...(want.every((c) => own.includes(c)) ? [m] : []), ...marksWithClass(m.children ?? [], ...want)];
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

/** Asserts that a figure draws exactly these off-scale marks, in order: each an arrow on its edge at its place, with its value, every minus U+2212. */
export function expectMarksDrawn(drawn: readonly Mark[], marks: readonly OffScaleMark[]): void {
  const groups = marksWithClass(drawn, "chart-off");
  expect(groups.map((g) => g.attrs["transform"])).toEqual(marks.map((m) => `translate(${m.x},${m.y})`));
  groups.forEach((g, k) => {
    expect(g.attrs["class"]).toBe(`chart-off chart-off-${marks[k]!.edge}`);
    expect(marksWithClass(g.children ?? [], "chart-off-arrow")).toHaveLength(1);
    const label = marksWithClass(g.children ?? [], "chart-off-label")[0]?.text ?? "";
    expect(label).toBe(marks[k]!.label);
    expect(label).not.toContain("-");
  });
}

/** The numbers written in a label ("−12.34", "(0.5, −1.2)", "6.22e−61"), each with how far from it the value it rounds may lie. */
export function labelNumbers(label: string): { value: number; within: number }[] {
  return [...label.replaceAll("−", "-").matchAll(/-?\d+(?:\.(\d+))?(e[+-]?\d+)?/g)].map((m) => {
    const value = Number(m[0]);
    const half = 0.5 * 10 ** -(m[1]?.length ?? 0);
    // Scientific notation rounds the mantissa: half a unit of its last digit, times the power of ten.
    return { value, within: m[2] ? half * 10 ** Math.floor(Math.log10(Math.abs(value))) : half };
  });
}

/** Asserts that every labelled off-scale mark shows a true value: its label's numbers, as rounded, are those of one of the candidates it may stand for. */
export function expectMarkValues(marks: readonly OffScaleMark[], candidates: (m: OffScaleMark) => readonly (readonly number[])[]): void {
  for (const m of marks.filter((m) => m.label !== "")) {
    const shown = labelNumbers(m.label);
    const match = candidates(m).some((c) => c.length === shown.length && c.every((v, i) => Math.abs(v - shown[i]!.value) <= shown[i]!.within * (1 + 1e-9)));
    expect(match, `off-scale label "${m.label}" is no value of the points it marks`).toBe(true);
  }
}
