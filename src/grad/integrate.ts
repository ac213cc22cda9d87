/** The absolute tolerance integrate aims for by default, over the whole interval. */
export const INTEGRATE_TOLERANCE = 1e-12;

/**
 * ∫ f over [lo, hi] by adaptive Simpson quadrature: the interval is first cut into `pieces` equal parts (so narrow
 * features are not stepped over), and each part is halved until Simpson's rule on it agrees with the two halves to
 * its share of the tolerance (with Richardson's correction), or 50 halvings deep.
 */
export function integrate(f: (x: number) => number, lo: number, hi: number, tolerance = INTEGRATE_TOLERANCE, pieces = 64): number {
  if (!Number.isFinite(lo) || !Number.isFinite(hi) || lo > hi) throw new RangeError(`integrate needs finite lo ≤ hi, got [${lo}, ${hi}]`);
  let total = 0;
  for (let k = 0; k < pieces; k++) {
    const a = lo + ((hi - lo) * k) / pieces;
    const b = k === pieces - 1 ? hi : lo + ((hi - lo) * (k + 1)) / pieces;
    const fa = f(a);
    const fb = f(b);
    const m = (a + b) / 2;
    const fm = f(m);
    total += simpsonStep(f, a, b, fa, fm, fb, ((b - a) / 6) * (fa + 4 * fm + fb), tolerance / pieces, 50);
  }
  return total;
}

function simpsonStep(f: (x: number) => number, a: number, b: number, fa: number, fm: number, fb: number, whole: number, tol: number, depth: number): number {
  const m = (a + b) / 2;
  const lm = (a + m) / 2;
  const rm = (m + b) / 2;
  const flm = f(lm);
  const frm = f(rm);
  const left = ((m - a) / 6) * (fa + 4 * flm + fm);
  const right = ((b - m) / 6) * (fm + 4 * frm + fb);
  const delta = left + right - whole;
  if (depth <= 0 || Math.abs(delta) <= 15 * tol) return left + right + delta / 15;
  return simpsonStep(f, a, m, fa, flm, fm, left, tol / 2, depth - 1) + simpsonStep(f, m, b, fm, frm, fb, right, tol / 2, depth - 1);
}
