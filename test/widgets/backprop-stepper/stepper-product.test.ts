import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { backpropChain } from "../../../src/grad/backprop-chain.ts";
import { activeTerm } from "../../../src/widgets/backprop-stepper/stepper-geometry.ts";
import { stepperOptions } from "../../../src/widgets/backprop-stepper/stepper-options.ts";
import { toMarkup } from "../../../src/widgets/chart/mark.ts";
import { productFrame, productRows, productRowsMarks } from "../../../src/widgets/backprop-stepper/stepper-product.ts";
import { expectHonestPoint } from "../../helpers/honest-plot.ts";

const options = fc.record({
  x: fc.double({ min: -2, max: 2, noNaN: true }),
  y: fc.double({ min: 0, max: 1, noNaN: true }),
  wxq: fc.double({ min: -3, max: 3, noNaN: true }),
  wqj: fc.double({ min: -3, max: 3, noNaN: true }),
  wjk: fc.double({ min: -3, max: 3, noNaN: true }),
});

describe("productRows(options, pass)", () => {
  it("writes each error term as factors whose product is the term, and draws |δ| where the log axis puts it, or marks it", () => {
    fc.assert(
      fc.property(options, (input) => {
        const o = stepperOptions({ ...input, eta: 0.5, stage: 6 });
        const pass = backpropChain(o);
        const rows = productRows(o, pass);
        expect(rows.map((r) => r.delta)).toEqual([pass.deltaK, pass.deltaJ, pass.deltaQ]);
        rows.forEach((r, i) => {
          const product = r.factors.reduce((p, f) => p * f.value, 1);
          expect(Math.abs(product - r.delta)).toBeLessThanOrEqual(1e-12 * Math.abs(r.delta) + 1e-300);
          // |δ| from 10⁻⁶ at the left to 1 at the right, computed from the axis's definition.
          const truth = productFrame.x0 + ((Math.log10(Math.abs(r.delta)) + 6) / 6) * (productFrame.x1 - productFrame.x0);
          const y = productFrame.top + i * productFrame.rowHeight + 8;
          expectHonestPoint(r.barEnd, y + 6, r.mark, [truth, y + 6], { x0: productFrame.x0, x1: productFrame.x1, y0: y, y1: y + 12 });
        });
      }),
      { numRuns: 80 },
    );
  });

  it("shows only the terms the walk has reached, the current one marked active, and keeps the others hidden in place", () => {
    const o = stepperOptions({ stage: 3 });
    const rows = productRows(o, backpropChain(o));
    const shown = (stage: number) => {
      document.body.innerHTML = `<svg>${toMarkup(productRowsMarks(rows, stage), true)}</svg>`;
      return [...document.querySelectorAll(".bp-row:not([visibility=hidden])")].map((r) => [r.getAttribute("data-stage"), r.classList.contains("bp-active")]);
    };
    expect(shown(3)).toEqual([["1", false], ["3", true]]);
    expect(document.querySelectorAll(".bp-row")).toHaveLength(3);
    expect(document.querySelector(".bp-hint")!.getAttribute("visibility")).toBe("hidden");
    expect(shown(0)).toEqual([]);
    expect(document.querySelector(".bp-hint")!.hasAttribute("visibility")).toBe(false);
  });
});

describe("activeTerm(stage)", () => {
  it("walks from the output back: δ_k, Δw_jk, δ_j, Δw_qj, δ_q, Δw_xq, after the forward pass", () => {
    expect([0, 1, 2, 3, 4, 5, 6].map(activeTerm)).toEqual([null, { node: 3 }, { edge: 2 }, { node: 2 }, { edge: 1 }, { node: 1 }, { edge: 0 }]);
  });
});
