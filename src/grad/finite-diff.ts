/** Forward difference (f(x + ε) − f(x)) / ε: truncation error of order ε. */
export function forwardDiff(f: (x: number) => number, x: number, eps = 1e-3): number {
  return (f(x + eps) - f(x)) / eps;
}

/** Central difference (f(x + ε) − f(x − ε)) / 2ε: truncation error of order ε². */
export function centralDiff(f: (x: number) => number, x: number, eps = 1e-5): number {
  return (f(x + eps) - f(x - eps)) / (2 * eps);
}

/** The outcome of comparing an analytic gradient with a numerical one. */
export interface GradCheck {
  readonly analytic: number;
  readonly numeric: number;
  /** |analytic − numeric| */
  readonly absError: number;
  /** |analytic − numeric| / max(|analytic|, |numeric|), or 0 when both are 0. */
  readonly relError: number;
}

/** Compares an analytic gradient with a numerical estimate and reports absolute and relative error. */
export function gradCheck(analytic: number, numeric: number): GradCheck {
  const absError = Math.abs(analytic - numeric);
  const scale = Math.max(Math.abs(analytic), Math.abs(numeric));
  return { analytic, numeric, absError, relError: scale === 0 ? 0 : scaledDifference(analytic, numeric, scale) };
}

/** Relative error of an approximation against an exact value: |approx − exact| / |exact|, finite even where approx − exact overflows. */
export function relativeError(approx: number, exact: number): number {
  return scaledDifference(approx, exact, Math.abs(exact));
}

/** |a − b| / scale; where a − b overflows (a and b finite, of opposite signs near ±1.8e308) both are halved first. */
function scaledDifference(a: number, b: number, scale: number): number {
  const d = Math.abs(a - b);
  if (Number.isFinite(d) || !Number.isFinite(a) || !Number.isFinite(b)) return d / scale;
  return Math.abs(a / 2 - b / 2) / (scale / 2);
}

/** Step sizes spaced evenly in log10, perDecade to a decade, from 10^lo to 10^hi inclusive. */
export function logSpace(lo: number, hi: number, perDecade: number): number[] {
  const n = Math.round((hi - lo) * perDecade);
  // Exponents are formed from integers so that 10 ** −3 is exactly the double nearest 0.001.
  return Array.from({ length: n + 1 }, (_, k) => 10 ** ((lo * perDecade + k) / perDecade));
}

/** The relative error of a difference quotient at one step size. */
export interface StepError {
  readonly eps: number;
  readonly error: number;
}

/** The relative error of the forward or central difference of f at x, against the exact derivative, for each step size. */
export function stepErrors(
  f: (x: number) => number,
  x: number,
  exact: number,
  method: "forward" | "central",
  epsilons: readonly number[],
): StepError[] {
  const diff = method === "forward" ? forwardDiff : centralDiff;
  return epsilons.map((eps) => ({ eps, error: relativeError(diff(f, x, eps), exact) }));
}

/** The step size with the smallest error (the first, on ties). */
export function bestStep(errors: readonly StepError[]): StepError {
  if (errors.length === 0) throw new Error("bestStep: no step sizes given");
  return errors.reduce((best, e) => (e.error < best.error ? e : best));
}
