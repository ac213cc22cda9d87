import { expect } from "vitest";
import type { Mark } from "../../src/widgets/chart/mark.ts";
import type { OffScaleMark } from "../../src/widgets/chart/plot-series.ts";

/** Every mark in a tree whose class attribute holds all the given classes (space-separated), in document order. */
export function marksWithClass(marks: readonly Mark[], classes: string): Mark[] {
  const want = classes.split(" ");
  return marks.flatMap((m) => {
    const has = String(m.attrs["class"] ?? "").split(" ");
    return [...(want.every((c) => has.includes(c)) ? [m] : []), ...marksWithClass(m.children ?? [], classes)];
  });
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
