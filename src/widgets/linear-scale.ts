/** A linear map from a numeric domain to a numeric range, callable like d3-scale's, with invert; never clamped (the chart layer marks what falls outside). */
export interface LinearScale {
  (value: number): number;
  /** The domain value that maps to a range value. */
  invert(value: number): number;
  domain(d: readonly [number, number]): LinearScale;
  range(r: readonly [number, number]): LinearScale;
}

/**
 * The subset of d3-scale's scaleLinear the widgets use, same fluent API and same results. Written here because
 * d3-scale's continuous scales bring d3-interpolate, d3-color and d3-format with them (10.8 KB gzip measured for
 * scaleLinear alone) to map numbers to numbers, and a whole embedded widget may weigh 25 KB.
 */
export function scaleLinear(): LinearScale {
  let [d0, d1] = [0, 1];
  let [r0, r1] = [0, 1];
  const scale = ((v: number) => {
    const t = d1 === d0 ? 0.5 : (v - d0) / (d1 - d0);
    return r0 + (r1 - r0) * t;
  }) as LinearScale;
  scale.invert = (v) => {
    const t = r1 === r0 ? 0.5 : (v - r0) / (r1 - r0);
    return d0 + (d1 - d0) * t;
  };
  scale.domain = ([a, b]) => {
    [d0, d1] = [a, b];
    return scale;
  };
  scale.range = ([a, b]) => {
    [r0, r1] = [a, b];
    return scale;
  };
  return scale;
}
