/** A seeded pseudo-random source: uniform in [0, 1) and standard normal draws. */
export interface Rng {
  /** Uniform in [0, 1). */
  uniform(): number;
  /** Standard normal, by Box–Muller. */
  normal(): number;
}

/** A deterministic generator (mulberry32) for a 32-bit seed: same seed, same numbers, everywhere. */
export function rng(seed: number): Rng {
  let a = seed >>> 0;
  const uniform = (): number => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const normal = (): number => {
    // 1 − u lies in (0, 1], so the log is finite.
    const r = Math.sqrt(-2 * Math.log(1 - uniform()));
    return r * Math.cos(2 * Math.PI * uniform());
  };
  return { uniform, normal };
}
