/** Rounds an SVG coordinate to a tenth of a user unit: finer than any screen shows, and it keeps the markup short. */
export function round(v: number): number {
  return Math.round(v * 10) / 10;
}
