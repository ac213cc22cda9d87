import { scaleLinear } from "../linear-scale.ts";
import { reluActivation, sigmoidActivation, tanhActivation, type Activation } from "../../grad/activations.ts";
import { formatNumber } from "../format-number.ts";
import type { CompareOptions } from "./compare-options.ts";
import { curvePath, round } from "../svg-path.ts";

/** The compared activations, in drawing order. */
export const COMPARED: readonly Activation[] = [sigmoidActivation, tanhActivation, reluActivation];

/** Two stacked panels: the functions above, their derivatives below. */
export const frame = { width: 640, height: 380, left: 40, right: 16, top: { y0: 12, y1: 200 }, bottom: { y0: 236, y1: 350 }, domain: [-4, 4] as const };
/** x position, shared by both panels. */
export const xScale = scaleLinear().domain(frame.domain).range([frame.left, frame.width - frame.right]);
/** y position in the function panel. */
export const yF = scaleLinear().domain([-1.2, 4.2]).range([frame.top.y1, frame.top.y0]).clamp(true);
/** y position in the derivative panel. */
export const yD = scaleLinear().domain([0, 1.1]).range([frame.bottom.y1, frame.bottom.y0]).clamp(true);

/** One activation's two curves and its values at the probe. */
export interface Compared {
  readonly name: string;
  readonly fPath: string;
  readonly dPath: string;
  readonly f: number;
  readonly df: number;
  readonly cyF: number;
  readonly cyD: number;
}

/** What the comparison draws for one probe. */
export interface CompareGeometry {
  readonly curves: readonly Compared[];
  readonly cx: number;
  readonly description: string;
}

const xs = Array.from({ length: 321 }, (_, i) => -4 + i / 40);
const path = (g: (x: number) => number, y: (v: number) => number): string => curvePath(xs, (x) => xScale(x), (x) => y(g(x)));
const paths = COMPARED.map((a) => ({ fPath: path(a.f, (v) => yF(v)), dPath: path(a.df, (v) => yD(v)) }));

/** Evaluates σ, tanh and ReLU and their derivatives at the probe. */
export function compareGeometry(o: CompareOptions): CompareGeometry {
  const curves = COMPARED.map((a, i) => ({
    name: a.name,
    ...paths[i]!,
    f: a.f(o.x),
    df: a.df(o.x),
    cyF: round(yF(a.f(o.x))),
    cyD: round(yD(a.df(o.x))),
  }));
  const f = (v: number) => formatNumber(v);
  return {
    curves,
    cx: round(xScale(o.x)),
    description:
      `Above: σ, tanh and ReLU for x from −4 to 4. Below: their derivatives; σ′ peaks at 0.25, tanh′ at 1, and ReLU′ is 0 for negative x and 1 for positive x (0 at x = 0 in our code). ` +
      `At x = ${f(o.x)}: ` +
      curves.map((c) => `${c.name} ${f(c.f)} with derivative ${f(c.df)}`).join("; ") +
      ".",
  };
}
