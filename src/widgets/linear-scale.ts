/** A linear map from a numeric domain to a numeric range, callable like d3-scale's, with invert and optional clamping. */
export interface LinearScale {
  (value: number): number;
  /** The domain value that maps to a range value. */
  invert(value: number): number;
  domain(d: readonly [number, number]): LinearScale;
  range(r: readonly [number, number]): LinearScale;
  clamp(on: boolean): LinearScale;
}

/**
 * The subset of d3-scale's scaleLinear the widgets use, same fluent API and same results. Written here because
 * d3-scale's continuous scales bring d3-interpolate, d3-color and d3-format with them (10.8 KB gzip measured for
 * scaleLinear alone) to map numbers to numbers, and a whole embedded widget may weigh 25 KB.
 */
export function scaleLinear(): LinearScale {
  let [d0, d1] = [0, 1];
  let [r0, r1] = [0, 1];
  let clamped = false;
  const between = (v: number, a: number, b: number) => Math.min(Math.max(v, Math.min(a, b)), Math.max(a, b));
  const scale = ((v: number) => {
    const t = d1 === d0 ? 0.5 : (v - d0) / (d1 - d0);
    const out = r0 + (r1 - r0) * t;
    return clamped ? between(out, r0, r1) : out;
  }) as LinearScale;
  scale.invert = (v) => {
    const t = r1 === r0 ? 0.5 : (v - r0) / (r1 - r0);
    const out = d0 + (d1 - d0) * t;
    return clamped ? between(out, d0, d1) : out;
  };
  scale.domain = ([a, b]) => {
    [d0, d1] = [a, b];
    return scale;
  };
  scale.range = ([a, b]) => {
    [r0, r1] = [a, b];
    return scale;
  };
  scale.clamp = (on) => {
    clamped = on;
    return scale;
  };
  return scale;
}
