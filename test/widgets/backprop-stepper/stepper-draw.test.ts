import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Mark } from "../../../src/widgets/chart/mark.ts";
import { mount } from "../../../src/widgets/backprop-stepper/backprop-stepper.ts";
import { stepperDraw } from "../../../src/widgets/backprop-stepper/stepper-draw.ts";
import { stepperOptions, stepperSpecs } from "../../../src/widgets/backprop-stepper/stepper-options.ts";
import { formatNumber } from "../../../src/widgets/format-number.ts";
import { markTexts } from "../../helpers/mark-texts.ts";
import { expectOneDrawPath } from "../../helpers/one-draw-path.ts";
import { optionsFrom } from "../../helpers/option-arbitrary.ts";

const logistic = (z: number) => 1 / (1 + Math.exp(-z));
const dlogistic = (z: number) => logistic(z) * (1 - logistic(z));
const options = optionsFrom(stepperSpecs);

describe("stepperDraw(options, id)", () => {
  // Hundreds of random states: a limit for a loaded machine, not a speed test.
  it("labels the chain, in both layouts, with the values, error terms and updates the chain rule gives in closed form, each once its stage is reached", { timeout: 60_000 }, () => {
    fc.assert(
      fc.property(options, (raw) => {
        const o = stepperOptions(raw);
        // The chain worked by hand: q = w_xq·x, j = w_qj·σ(q), k = w_jk·σ(j), ŷ = σ(k), L = (y − ŷ)²; δ's and Δ's by the chain rule.
        const q = o.wxq * o.x;
        const j = o.wqj * logistic(q);
        const k = o.wjk * logistic(j);
        const yHat = logistic(k);
        const dk = 2 * (o.y - yHat) * dlogistic(k);
        const dj = dk * o.wjk * dlogistic(j);
        const dq = dj * o.wqj * dlogistic(q);
        const f = (v: number) => formatNumber(v, 4);
        const [wide, tall] = stepperDraw(o, "t") as [Mark, Mark];
        const always = [`q = ${f(q)}`, `j = ${f(j)}`, `k = ${f(k)}`, `ŷ = ${f(yHat)}`, `σ(q) = ${f(logistic(q))}`, `σ(j) = ${f(logistic(j))}`];
        const staged: [number, string][] = [
          [1, `δ_k = ${f(dk)}`],
          [2, `Δ = ${f(o.eta * dk * logistic(j))}`],
          [3, `δ_j = ${f(dj)}`],
          [4, `Δ = ${f(o.eta * dj * logistic(q))}`],
          [5, `δ_q = ${f(dq)}`],
          [6, `Δ = ${f(o.eta * dq * o.x)}`],
        ];
        for (const layout of [wide, tall]) {
          const shown = markTexts([layout]);
          for (const label of always) expect(shown).toContain(label);
          for (const [stage, label] of staged) if (o.stage >= stage) expect(shown).toContain(label);
          // A term not reached yet is not drawn: the labels in its place are empty.
          expect(shown.filter((t) => t.startsWith("δ_")).length).toBe(staged.filter(([s, l]) => l.startsWith("δ_") && o.stage >= s).length);
          expect(shown.join(" ")).not.toMatch(/-\d/);
        }
      }),
      { seed: 29, numRuns: 200 },
    );
  });

  // Dozens of mounts and redraws: a limit for a loaded machine, not a speed test.
  it("is the one draw path: the build's figure is adopted on mount and every update draws what the build would", { timeout: 60_000 }, () => {
    expectOneDrawPath(mount, (o, id) => stepperDraw(o, id), options, (i) => stepperOptions(i));
  });
});
