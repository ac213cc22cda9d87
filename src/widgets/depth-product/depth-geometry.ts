import { scaleLinear } from "../linear-scale.ts";
import { dsigmoid } from "../../grad/activations.ts";
import { depthFactor } from "../../grad/depth-factor.ts";
import { formatNumber } from "../format-number.ts";
import { curvePath, round } from "../svg-path.ts";
import type { DepthOptions } from "./depth-options.ts";

/** The plot's frame: layers on x, the product on a log y axis. */
export const frame = { width: 640, height: 300, left: 56, right: 16, top: 12, bottom: 268 };
/** x position of a depth. */
export const xScale = scaleLinear().domain([0, 100]).range([frame.left, frame.width - frame.right]);
// A log axis as a linear scale over log10.
const yLog = scaleLinear().domain([-65, 35]).range([frame.bottom, frame.top]).clamp(true);
/** y position of a product, log scale, clamped to the plot. */
export const yScale = (v: number): number => yLog(Math.log10(v));

const depths = Array.from({ length: 101 }, (_, n) => n);
/** The sigmoid-only bound 0.25^n: the same for every setting, so drawn once. */
export const boundPath = curvePath(depths, (n) => xScale(n), (n) => yScale(depthFactor(n, 1)));

/** What the depth product draws for one setting. */
export interface DepthGeometry {
  readonly weightedPath: string;
  readonly perLayer: number;
  readonly bound: number;
  readonly weighted: number;
  readonly cx: number;
  readonly cyBound: number;
  readonly cyWeighted: number;
  readonly readout: string;
  readonly description: string;
}

/** The products through the chosen depth: the activation factor alone, and with the weights put back. */
export function depthGeometry(o: DepthOptions): DepthGeometry {
  const perLayer = o.weight * dsigmoid(o.z);
  const bound = depthFactor(o.depth, 1);
  const weighted = depthFactor(o.depth, o.weight, o.z);
  const f = (v: number) => formatNumber(v);
  const trend = perLayer < 1 ? "vanishes" : perLayer > 1 ? "explodes" : "keeps its size";
  return {
    weightedPath: curvePath(depths, (n) => xScale(n), (n) => yScale(depthFactor(n, o.weight, o.z))),
    perLayer,
    bound,
    weighted,
    cx: round(xScale(o.depth)),
    cyBound: round(yScale(bound)),
    cyWeighted: round(yScale(weighted)),
    readout: `n = ${o.depth} · σ′ alone keeps 0.25ⁿ = ${f(bound)} · with the weights (|w|·σ′(z))ⁿ = ${f(perLayer)}ⁿ = ${f(weighted)}`,
    description:
      `Log-scale plot of what an error term is multiplied by after n sigmoid layers, for n from 0 to 100. ` +
      `The dashed curve is the activation factor alone at its best, 0.25 per layer; after ${o.depth} layers it keeps ${f(bound)} of the error term. ` +
      `The solid curve puts the weights back: every layer has weight ${formatNumber(o.weight, 1)} and pre-activation ${formatNumber(o.z, 1)}, a factor of ${f(perLayer)} per layer, ` +
      `so after ${o.depth} layers the product is ${f(weighted)}: the gradient ${trend}.`,
  };
}
