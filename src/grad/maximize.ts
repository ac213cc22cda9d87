/** Where a function of one variable is largest on [lo, hi]: a grid search, then golden-section refinement around the best grid point. */
export function maximize(f: (x: number) => number, lo: number, hi: number, samples = 2001): { x: number; value: number } {
  let best = lo;
  for (let i = 0; i < samples; i++) {
    const x = lo + ((hi - lo) * i) / (samples - 1);
    if (f(x) > f(best)) best = x;
  }
  const h = (hi - lo) / (samples - 1);
  let a = Math.max(lo, best - h);
  let b = Math.min(hi, best + h);
  const g = (Math.sqrt(5) - 1) / 2;
  // Golden-section search keeps the bracket [a, b] around the maximum, shrinking it by g each step.
  while (b - a > 1e-12 * Math.max(1, Math.abs(best))) {
    const c = b - g * (b - a);
    const d = a + g * (b - a);
    if (f(c) >= f(d)) b = d;
    else a = c;
  }
  const x = (a + b) / 2;
  return { x, value: f(x) };
}
