import { line } from "d3-shape";

/** Rounds an SVG coordinate to a tenth of a user unit: finer than any screen shows, and it keeps the markup short. */
export function round(v: number): number {
  return Math.round(v * 10) / 10;
}

/** An SVG path through (x(d), y(d)) for each datum, coordinates rounded. */
export function curvePath<T>(data: readonly T[], x: (d: T, i: number) => number, y: (d: T, i: number) => number): string {
  return line<T>().x((d, i) => round(x(d, i))).y((d, i) => round(y(d, i)))(data) ?? "";
}
