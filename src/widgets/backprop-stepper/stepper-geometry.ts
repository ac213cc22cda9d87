import { sigmoid } from "../../grad/activations.ts";
import { backpropChain, type ChainPass } from "../../grad/backprop-chain.ts";
import { formatNumber } from "../format-number.ts";
import type { StepperOptions } from "./stepper-options.ts";
import { productRows, type ProductRow } from "./stepper-product.ts";

/** Each stage's formula as plain text (the build may swap in typeset maths). */
export const STAGE_FORMULAS: readonly string[] = [
  "forward: q = w_xq·x, j = w_qj·σ(q), k = w_jk·σ(j), ŷ = σ(k), L = (y − ŷ)²",
  "δ_k = 2(y − ŷ)·σ′(k)",
  "Δw_jk = η·δ_k·σ(j)",
  "δ_j = δ_k·w_jk·σ′(j)",
  "Δw_qj = η·δ_j·σ(q)",
  "δ_q = δ_j·w_qj·σ′(q)",
  "Δw_xq = η·δ_q·x",
];

/** The same formulas in TeX, for the build to typeset with KaTeX. */
export const STAGE_TEX: readonly string[] = [
  String.raw`q = w_{xq}x,\; j = w_{qj}\,\sigma(q),\; k = w_{jk}\,\sigma(j),\; \hat y = \sigma(k),\; L = (y - \hat y)^2`,
  String.raw`\delta_k = 2\,(y - \hat y)\,\sigma'(k)`,
  String.raw`\Delta w_{jk} = \eta\,\delta_k\,\sigma(j)`,
  String.raw`\delta_j = \delta_k\,w_{jk}\,\sigma'(j)`,
  String.raw`\Delta w_{qj} = \eta\,\delta_j\,\sigma(q)`,
  String.raw`\delta_q = \delta_j\,w_{qj}\,\sigma'(q)`,
  String.raw`\Delta w_{xq} = \eta\,\delta_q\,x`,
];

/** The frame of the network drawing: four units in a row and the loss. */
export const frame = { width: 640, height: 178, nodeY: 56, nodeR: 26, xs: [50, 200, 350, 500] as const, lossX: 600 };
/** The same chain stacked for a narrow figure: units down the left, their values and the weights to their right. */
export const tallFrame = { width: 640, height: 760, nodeR: 34, nodeX: 60, textX: 130, ys: [60, 250, 440, 630] as const, lossY: 730 };

/** One unit of the chain as drawn: its name, what the forward pass gives it, and its error term once reached. */
export interface StepperNode {
  readonly name: string;
  /** Its pre-activation (or the input's value), then its output, then its error term once reached. */
  readonly lines: readonly [string, string, string];
}

/** What the stepper shows at one stage. */
export interface StepperGeometry {
  readonly pass: ChainPass;
  readonly stage: number;
  readonly nodes: readonly StepperNode[];
  /** Each edge's weight and, once its stage is reached, its update. */
  readonly edges: readonly { readonly weight: string; readonly update: string }[];
  /** Each stage's value as text. */
  readonly values: readonly string[];
  /** The error terms as products of their factors. */
  readonly product: readonly ProductRow[];
  readonly description: string;
}

/** Runs the chain for the options and reveals what the walk has reached by the chosen stage. */
export function stepperGeometry(o: StepperOptions): StepperGeometry {
  const pass = backpropChain({ x: o.x, y: o.y, wxq: o.wxq, wqj: o.wqj, wjk: o.wjk, eta: o.eta });
  const f = (v: number) => formatNumber(v, 4);
  const shown = (stage: number, text: string) => (o.stage >= stage ? text : "");
  const nodes = [
    { name: "x", lines: [`x = ${f(o.x)}`, "", ""] as const },
    { name: "q", lines: [`q = ${f(pass.q)}`, `σ(q) = ${f(sigmoid(pass.q))}`, shown(5, `δ_q = ${f(pass.deltaQ)}`)] as const },
    { name: "j", lines: [`j = ${f(pass.j)}`, `σ(j) = ${f(sigmoid(pass.j))}`, shown(3, `δ_j = ${f(pass.deltaJ)}`)] as const },
    { name: "k", lines: [`k = ${f(pass.k)}`, `ŷ = ${f(pass.yHat)}`, shown(1, `δ_k = ${f(pass.deltaK)}`)] as const },
  ];
  const edges = [
    { weight: `w_xq = ${f(o.wxq)}`, update: shown(6, `Δ = ${f(pass.dwXQ)}`) },
    { weight: `w_qj = ${f(o.wqj)}`, update: shown(4, `Δ = ${f(pass.dwQJ)}`) },
    { weight: `w_jk = ${f(o.wjk)}`, update: shown(2, `Δ = ${f(pass.dwJK)}`) },
  ];
  const values = [
    `ŷ = ${f(pass.yHat)}, L = ${f(pass.loss)}`,
    f(pass.deltaK),
    f(pass.dwJK),
    f(pass.deltaJ),
    f(pass.dwQJ),
    f(pass.deltaQ),
    f(pass.dwXQ),
  ];
  const reached = values.slice(0, o.stage + 1).map((v, i) => `${STAGE_FORMULAS[i]}: ${v}`);
  return {
    pass,
    stage: o.stage,
    nodes,
    edges,
    values,
    product: productRows(o, pass),
    description:
      `A chain of three sigmoid units, input x to units q, j and k, with squared-error loss against target ${f(o.y)} and learning rate ${f(o.eta)}. ` +
      `Stage ${o.stage} of ${STAGE_FORMULAS.length - 1}. ${reached.join("; ")}.`,
  };
}

/** Which drawn value the current stage computes: a node's error term or an edge's update (none for the forward pass). */
export function activeTerm(stage: number): { readonly node: number } | { readonly edge: number } | null {
  if (stage === 0) return null;
  // Stages alternate from the output back: δ_k (node 3), Δw_jk (edge 2), δ_j (node 2), Δw_qj (edge 1), δ_q (node 1), Δw_xq (edge 0).
  const back = Math.floor((stage - 1) / 2);
  return stage % 2 === 1 ? { node: 3 - back } : { edge: 2 - back };
}
