import { scaleLinear, type LinearScale } from "../linear-scale.ts";

/** A base-10 log scale over |v|, with the same call-and-invert shape as the linear scale; 0 maps to ±Infinity (off the frame). */
export interface LogScale {
  (value: number): number;
  /** The value (positive) that maps to a range position. */
  invert(position: number): number;
}

/** Maps |v| on a log axis whose domain is given as exponents ([−40, 5] for 1e−40 to 1e5) onto a pixel range. No clamping: the chart layer marks what falls outside. */
export function scaleLog10(exponents: readonly [number, number], range: readonly [number, number]): LogScale {
  const lin: LinearScale = scaleLinear().domain(exponents).range(range);
  const scale = ((v: number) => lin(Math.log10(Math.abs(v)))) as LogScale;
  scale.invert = (p) => 10 ** lin.invert(p);
  return scale;
}
