import { value } from "../../grad/autodiff.ts";
import { formatNumber } from "../format-number.ts";
import type { AutodiffOptions } from "./autodiff-options.ts";

/** The drawing's size in SVG user units, and each node's box size. */
export const frame = { width: 640, height: 250, boxW: 132, boxH: 56 };

/** One node of σ(w·x + b): where it sits, its forward value and its gradient, and from which step each is shown. */
export interface GraphNode {
  readonly key: "w" | "x" | "b" | "m" | "z" | "y";
  readonly name: string;
  readonly cx: number;
  readonly cy: number;
  readonly data: number;
  readonly grad: number;
  /** The step from which the forward value is known. */
  readonly forwardAt: number;
  /** The step from which the gradient is known. */
  readonly backwardAt: number;
}

/** What the graph draws at one step. */
export interface AutodiffGeometry {
  readonly nodes: readonly GraphNode[];
  readonly edges: readonly (readonly [GraphNode["key"], GraphNode["key"]])[];
  readonly step: number;
  /** What happens at this step, in words. */
  readonly explanation: string;
  readonly description: string;
}

const EDGES = [["w", "m"], ["x", "m"], ["m", "z"], ["b", "z"], ["z", "y"]] as const;

/** Runs the project's autodiff on σ(w·x + b) and lays out the graph with what is known at the given step. */
export function autodiffGeometry(o: AutodiffOptions): AutodiffGeometry {
  const w = value(o.w, "w");
  const x = value(o.x, "x");
  const b = value(o.b, "b");
  const m = w.mul(x);
  const z = m.add(b);
  const y = z.sigmoid();
  y.backward();
  const node = (key: GraphNode["key"], name: string, v: typeof w, cx: number, cy: number, forwardAt: number, backwardAt: number): GraphNode => ({
    key, name, cx, cy, data: v.data, grad: v.grad, forwardAt, backwardAt,
  });
  const nodes = [
    node("w", "w", w, 80, 44, 0, 6),
    node("x", "x", x, 80, 125, 0, 6),
    node("b", "b", b, 80, 206, 0, 5),
    node("m", "m = w·x", m, 250, 85, 1, 5),
    node("z", "z = m + b", z, 410, 145, 2, 4),
    node("y", "y = σ(z)", y, 565, 145, 3, 3),
  ];
  const f = (v: number) => formatNumber(v);
  const s = o.step;
  const explanations = [
    `The inputs: w = ${f(o.w)}, x = ${f(o.x)}, b = ${f(o.b)}. Nothing is computed yet.`,
    `Forward: the × node computes m = w·x = ${f(m.data)}.`,
    `Forward: the + node computes z = m + b = ${f(z.data)}.`,
    `Forward: the σ node computes y = σ(z) = ${f(y.data)}, and backward starts: ∂y/∂y = 1.`,
    `Backward through σ: its local derivative is σ(z)(1 − σ(z)) = ${f(y.data)} × ${f(1 - y.data)}, so ∂y/∂z = ${f(z.grad)}.`,
    `Backward through +: both inputs get the gradient unchanged, ∂y/∂m = ∂y/∂b = ${f(m.grad)}.`,
    `Backward through ×: each input gets the other's value times ∂y/∂m: ∂y/∂w = x·${f(m.grad)} = ${f(w.grad)}, ∂y/∂x = w·${f(m.grad)} = ${f(x.grad)}.`,
  ];
  return {
    nodes,
    edges: EDGES,
    step: s,
    explanation: `Step ${s} of 6. ${explanations[s]}`,
    description:
      `Computational graph of y = σ(w·x + b): w and x feed a × node giving m, m and b feed a + node giving z, and z feeds a σ node giving y. ` +
      `Forward values: m = ${f(m.data)}, z = ${f(z.data)}, y = ${f(y.data)}. ` +
      `Gradients of y: ∂y/∂z = ${f(z.grad)}, ∂y/∂b = ${f(b.grad)}, ∂y/∂w = ${f(w.grad)}, ∂y/∂x = ${f(x.grad)}.`,
  };
}
