import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Mark } from "../../../src/widgets/chart/mark.ts";
import { autodiffDraw } from "../../../src/widgets/autodiff-graph/autodiff-draw.ts";
import { autodiffOptions, autodiffSpecs } from "../../../src/widgets/autodiff-graph/autodiff-options.ts";
import { mount } from "../../../src/widgets/autodiff-graph/autodiff-graph.ts";
import { formatNumber } from "../../../src/widgets/format-number.ts";
import { markTexts } from "../../helpers/mark-texts.ts";
import { expectOneDrawPath } from "../../helpers/one-draw-path.ts";
import { optionsFrom } from "../../helpers/option-arbitrary.ts";

const logistic = (z: number) => 1 / (1 + Math.exp(-z));
const options = optionsFrom(autodiffSpecs);

describe("autodiffDraw(options, id)", () => {
  // Hundreds of random states: a limit for a loaded machine, not a speed test.
  it("labels each node, in both layouts, with the value and gradient the chain rule gives in closed form, once the walk reaches it", { timeout: 60_000 }, () => {
    fc.assert(
      fc.property(options, (raw) => {
        const o = autodiffOptions(raw);
        const [wide, tall] = autodiffDraw(o, "t") as [Mark, Mark];
        const z = o.w * o.x + o.b;
        const y = logistic(z);
        const dz = y * (1 - y);
        // Each node: its value and gradient, and the steps at which forward and backward reach it.
        const closed = { w: [o.w, o.x * dz, 0, 6], x: [o.x, o.w * dz, 0, 6], b: [o.b, dz, 0, 5], m: [o.w * o.x, dz, 1, 5], z: [z, dz, 2, 4], y: [y, 1, 3, 3] } as const;
        for (const layout of [wide, tall]) {
          const shown = markTexts([layout]);
          for (const [key, [value, grad, fwdAt, backAt]] of Object.entries(closed)) {
            expect(shown).toContain(`${key} = ${o.step >= fwdAt ? formatNumber(value) : "?"}`);
            expect(shown).toContain(`∂y/∂${key} = ${o.step >= backAt ? formatNumber(grad) : "?"}`);
          }
          // Every minus drawn is the true minus sign.
          expect(shown.join(" ")).not.toMatch(/-\d/);
        }
      }),
      { seed: 23, numRuns: 200 },
    );
  });

  // Dozens of mounts and redraws: a limit for a loaded machine, not a speed test.
  it("is the one draw path: the build's figure is adopted on mount and every update draws what the build would", { timeout: 60_000 }, () => {
    expectOneDrawPath(mount, autodiffDraw, options, (i) => autodiffOptions(i));
  });
});
