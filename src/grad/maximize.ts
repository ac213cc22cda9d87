/**
 * How narrow maximize makes each bracket, relative to max(1, |x|). The value found is then the maximum to rounding;
 * the place x is only as sharp as f allows: near a smooth maximum f is flat to rounding over a width of about
 * √ε·|x| (ε = 2⁻⁵², so about 1e−8), and no method that compares values of f can do better there.
 */
export const MAXIMIZE_TOLERANCE = 1e-12;

const GOLDEN = (Math.sqrt(5) - 1) / 2;

/**
 * Where a function of one variable is largest on [lo, hi]. A scan of `samples` even points brackets every local
 * maximum it can separate (each between its neighbours); golden-section search then narrows each bracket to
 * MAXIMIZE_TOLERANCE, and the best refined point, or an end, wins. Finite for any finite lo ≤ hi, even ±1e308.
 */
export function maximize(f: (x: number) => number, lo: number, hi: number, samples = 2001): { x: number; value: number } {
  if (!Number.isFinite(lo) || !Number.isFinite(hi) || lo > hi) throw new RangeError(`maximize needs finite lo ≤ hi, got [${lo}, ${hi}]`);
  if (!Number.isInteger(samples) || samples < 3) throw new RangeError(`maximize needs at least 3 samples, got ${samples}`);
  // Each point is a weighted mean of the ends, so nothing overflows even when hi − lo would.
  const xs = Array.from({ length: samples }, (_, i) => (i === samples - 1 ? hi : lo * (1 - i / (samples - 1)) + hi * (i / (samples - 1))));
  const ys = xs.map(score(f));
  let best = { x: ys[0]! >= ys.at(-1)! ? lo : hi, value: Math.max(ys[0]!, ys.at(-1)!) };
  for (let i = 1; i < samples - 1; i++) {
    if (ys[i]! >= ys[i - 1]! && ys[i]! >= ys[i + 1]! && ys[i]! > -Infinity) {
      const refined = goldenSection(f, xs[i - 1]!, xs[i + 1]!);
      // On a plateau of −∞ (overflow) the search can wander; the sample itself stays a candidate.
      const m = refined.value >= ys[i]! ? refined : { x: xs[i]!, value: ys[i]! };
      if (m.value > best.value) best = m;
    }
  }
  return { x: best.x, value: f(best.x) };
}

/** A comparable score: NaN counts as the lowest value, so it never wins. */
function score(f: (x: number) => number): (x: number) => number {
  return (x) => {
    const y = f(x);
    return Number.isNaN(y) ? -Infinity : y;
  };
}

/** Golden-section search for the maximum of f on [a, b], assumed to hold one local maximum; stops at MAXIMIZE_TOLERANCE. */
export function goldenSection(f: (x: number) => number, a: number, b: number): { x: number; value: number } {
  const s = score(f);
  let c = GOLDEN * a + (1 - GOLDEN) * b;
  let d = (1 - GOLDEN) * a + GOLDEN * b;
  let fc = s(c);
  let fd = s(d);
  // Half-widths, so the bracket's width is never computed as b − a (which overflows for ±1e308).
  while (b / 2 - a / 2 > (MAXIMIZE_TOLERANCE / 2) * Math.max(1, Math.abs(a), Math.abs(b))) {
    if (fc >= fd) {
      b = d;
      d = c;
      fd = fc;
      c = GOLDEN * a + (1 - GOLDEN) * b;
      fc = s(c);
    } else {
      a = c;
      c = d;
      fc = fd;
      d = (1 - GOLDEN) * a + GOLDEN * b;
      fd = s(d);
    }
  }
  const x = a / 2 + b / 2;
  return { x, value: s(x) };
}
