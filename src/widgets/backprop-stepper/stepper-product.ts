import { dsigmoid } from "../../grad/activations.ts";
import type { ChainPass } from "../../grad/backprop-chain.ts";
import { scaleLog10 } from "../chart/log-scale.ts";
import { h, type Mark } from "../chart/mark.ts";
import { offScaleMarks } from "../chart/off-scale-markup.ts";
import { placePoint, type OffScaleMark } from "../chart/plot-series.ts";
import { formatNumber } from "../format-number.ts";
import type { StepperOptions } from "./stepper-options.ts";

/** The product panel in SVG user units: one row per error term, each a bar of |δ| on a log scale and its factors. */
export const productFrame = { width: 320, rowHeight: 74, top: 34, x0: 8, x1: 312 };
/** Exponents of the |δ| axis: 10⁻⁶ to 1. */
export const DELTA_EXPONENTS = [-6, 0] as const;
export const deltaScale = scaleLog10(DELTA_EXPONENTS, [productFrame.x0, productFrame.x1]);

/** One error term as the product shows it. */
export interface ProductRow {
  readonly name: string;
  /** The stage at which the walk reaches it. */
  readonly stage: number;
  readonly delta: number;
  /** Its factors, named and valued: the term above (or the loss's slope), the weight, and σ′. */
  readonly factors: readonly { readonly name: string; readonly value: number }[];
  readonly barEnd: number;
  readonly mark: OffScaleMark | null;
}

/** The three error terms as products of their factors, from the output back. */
export function productRows(o: StepperOptions, pass: ChainPass): ProductRow[] {
  const rows = [
    { name: "k", stage: 1, delta: pass.deltaK, factors: [{ name: "2(y − ŷ)", value: 2 * (o.y - pass.yHat) }, { name: "σ′(k)", value: dsigmoid(pass.k) }] },
    { name: "j", stage: 3, delta: pass.deltaJ, factors: [{ name: "δ_k", value: pass.deltaK }, { name: "w_jk", value: o.wjk }, { name: "σ′(j)", value: dsigmoid(pass.j) }] },
    { name: "q", stage: 5, delta: pass.deltaQ, factors: [{ name: "δ_j", value: pass.deltaJ }, { name: "w_qj", value: o.wqj }, { name: "σ′(q)", value: dsigmoid(pass.q) }] },
  ];
  return rows.map((r, i) => {
    const y = productFrame.top + i * productFrame.rowHeight + 8;
    const end = placePoint({ x0: productFrame.x0, x1: productFrame.x1, y0: y, y1: y + 12 }, deltaScale(r.delta), y + 6, formatNumber(r.delta, 4));
    return { ...r, barEnd: end.cx, mark: end.mark };
  });
}

/**
 * The three rows, those the walk has not reached yet hidden (so the figure keeps its elements), the current one
 * marked active; while none is reached, a hint says where they will appear.
 */
export function productRowsMarks(rows: readonly ProductRow[], stage: number): Mark[] {
  const f = (v: number) => formatNumber(v, 4);
  const none = rows.every((r) => r.stage > stage);
  return [
    h("text", { class: "chart-tick bp-hint", x: productFrame.x0, y: productFrame.top, visibility: none ? null : "hidden" }, "Next adds the error terms here, one by one."),
    ...rows.map((r, i) => {
      const y = productFrame.top + i * productFrame.rowHeight;
      return h("g", { class: `bp-row${r.stage === stage ? " bp-active" : ""}`, "data-stage": r.stage, visibility: r.stage > stage ? "hidden" : null }, [
        h("text", { class: "bp-row-title", x: productFrame.x0, y }, `δ_${r.name} = ${f(r.delta)}`),
        h("rect", { class: "bp-bar", x: productFrame.x0, y: y + 8, width: Math.max(0, r.barEnd - productFrame.x0), height: 12 }),
        h("text", { class: "bp-factors", x: productFrame.x0, y: y + 36 }, `= ${r.factors.map((x) => x.name).join(" × ")}`),
        h("text", { class: "bp-factors", x: productFrame.x0 + 12, y: y + 52 }, `= ${r.factors.map((x) => f(x.value)).join(" × ")}`),
        h("g", { class: "chart-marks" }, offScaleMarks(r.mark ? [r.mark] : [])),
      ]);
    }),
  ];
}

/** The product panel: |δ| on a log scale shrinking from the output back, each with the factors that shrink it. */
export function productMarks(rows: readonly ProductRow[], stage: number): Mark {
  const height = productFrame.top + 3 * productFrame.rowHeight + 12;
  return h("svg", { class: "chart-svg bp-product-svg", viewBox: `0 0 ${productFrame.width} ${height}`, "aria-hidden": "true", focusable: "false" }, [
    h("text", { class: "chart-axis", x: productFrame.x0, y: 14 }, "error terms as products (|δ|, log scale)"),
    h("g", { class: "bp-product" }, productRowsMarks(rows, stage)),
  ]);
}
