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
  return { analytic, numeric, absError, relError: scale === 0 ? 0 : absError / scale };
}

/** Relative error of an approximation against an exact value: |approx − exact| / |exact|. */
export function relativeError(approx: number, exact: number): number {
  return Math.abs(approx - exact) / Math.abs(exact);
}
