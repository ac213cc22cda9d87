import fc from "fast-check";
import { describe, expect, it, vi } from "vitest";
import { zigzagPath } from "../../../src/grad/zigzag.ts";
import type { Mark } from "../../../src/widgets/chart/mark.ts";
import { zigzagDraw } from "../../../src/widgets/zigzag/zigzag-draw.ts";
import { box, zigzagGeometry } from "../../../src/widgets/zigzag/zigzag-geometry.ts";
import { ZIGZAG_STEPS, zigzagOptions, zigzagSpecs } from "../../../src/widgets/zigzag/zigzag-options.ts";
import { mount } from "../../../src/widgets/zigzag/zigzag.ts";
import { expectMarksDrawn, expectMarkValues, marksWithClass } from "../../helpers/drawn-marks.ts";
import { expectHonestPlot, expectHonestPoint } from "../../helpers/honest-plot.ts";
import { markTexts } from "../../helpers/mark-texts.ts";
import { expectOneDrawPath } from "../../helpers/one-draw-path.ts";
import { optionsFrom } from "../../helpers/option-arbitrary.ts";

// Weight space written out: w₁ from −0.5 to 1.5 across the square frame, w₂ from −1.5 to 0.5 up it.
const xAt = (w1: number) => box.x0 + ((w1 + 0.5) / 2) * (box.x1 - box.x0);
const yAt = (w2: number) => box.y1 - ((w2 + 1.5) / 2) * (box.y1 - box.y0);
const options = optionsFrom(zigzagSpecs);
const num = (m: Mark | undefined, name: string) => Number(m!.attrs[name]);

// The true path is the descent's own (its steps are tested in test/grad); here the question is the drawing.
describe("zigzagDraw(options, id)", () => {
  // Dozens of random states: a limit for a loaded machine, not a speed test.
  it("draws both paths and their heads where the weights map, within half a pixel, or marked off-scale with the weights", { timeout: 60_000 }, () => {
    fc.assert(
      fc.property(options, (input) => {
        const o = zigzagOptions(input);
        const g = zigzagGeometry(o);
        const drawn = zigzagDraw(o, "t");
        for (const run of g.runs) {
          const weights = zigzagPath(run.name === "centred", o.learningRate, ZIGZAG_STEPS).slice(0, o.step + 1);
          const truth = weights.map(([a, b]) => [xAt(a), yAt(b)] as const);
          expectHonestPlot(String(marksWithClass(drawn, `zz-path zz-${run.name}`)[0]!.attrs["d"]), run.marks, truth, box);
          const [dot] = marksWithClass(drawn, `zz-dot zz-${run.name}`);
          const head = run.marks.find((m) => m.to === o.step) ?? run.marks.find((m) => m.x === num(dot, "cx") && m.y === num(dot, "cy"));
          expectHonestPoint(num(dot, "cx"), num(dot, "cy"), head, truth.at(-1)!, box);
          // A path's mark shows one of the points it stands for; the head's shows the head.
          expectMarkValues(run.marks, (m) => [...weights.slice(m.from, m.to + 1), weights.at(-1)!]);
        }
        expectMarksDrawn(drawn, g.runs.flatMap((r) => r.marks));
      }),
      { seed: 16, numRuns: 60 },
    );
  });

  it("draws the target cross above the dots, so that a path ending on the target leaves the cross visible", () => {
    const o = zigzagOptions({ step: ZIGZAG_STEPS });
    const drawn = zigzagDraw(o, "t");
    const order = marksWithClass(drawn, "zz-target").concat(marksWithClass(drawn, "zz-dot"));
    const flat = (ms: readonly Mark[]): Mark[] => ms.flatMap((m) => [m, ...flat(m.children ?? [])]);
    const all = flat(drawn);
    const [target, ...dots] = order.map((m) => all.indexOf(m));
    // At the last step the zero-centred path has reached (1, −1): its dot sits on the cross.
    const centred = marksWithClass(drawn, "zz-dot zz-centred")[0]!;
    expect(Math.hypot(num(centred, "cx") - xAt(1), num(centred, "cy") - yAt(-1))).toBeLessThan(5);
    for (const d of dots) expect(target).toBeGreaterThan(d!);
  });

  it("labels both axes with the true minus sign", () => {
    const texts = markTexts(marksWithClass(zigzagDraw(zigzagOptions({}), "t"), "chart-tick"));
    expect(texts).toEqual(["−0.5", "0", "0.5", "1", "1.5", "−1.5", "−1", "−0.5", "0", "0.5"]);
  });

  // Dozens of mounts and redraws: a limit for a loaded machine, not a speed test.
  it("is the one draw path: the build's figure is adopted on mount and every update draws what the build would", { timeout: 60_000 }, () => {
    expectOneDrawPath(mount, zigzagDraw, options, (i) => zigzagOptions(i));
  });
});

describe("zigzagDraw(options, id) keeps what it drew", () => {
  // Every slider state the bench and a reader reach, in two orders, each through a module loaded afresh: a body kept
  // from an earlier state, or a part shared between states, would make the markup depend on what was drawn before.
  it("draws each state the same whatever was drawn before it", async () => {
    const rates = Array.from({ length: 36 }, (_, i) => Math.round((0.5 + 0.1 * i) * 10) / 10);
    const states = rates.flatMap((learningRate) => [0, 40, 100, ZIGZAG_STEPS].map((step) => zigzagOptions({ learningRate, step })));
    const sweep = async (order: typeof states) => {
      vi.resetModules();
      const fresh = await import("../../../src/widgets/zigzag/zigzag-draw.ts");
      const { toMarkup } = await import("../../../src/widgets/chart/mark.ts");
      return new Map(order.map((o) => [`${o.learningRate} ${o.step}`, toMarkup(fresh.zigzagDraw(o, "t"))]));
    };
    const forward = await sweep(states);
    const backward = await sweep([...states].reverse());
    for (const [state, markup] of forward) expect(backward.get(state), state).toBe(markup);
    // A state drawn again after two hundred others (beyond what is kept: 144 states, 128 kept) is drawn as the first time.
    vi.resetModules();
    const again = await import("../../../src/widgets/zigzag/zigzag-draw.ts");
    const { toMarkup } = await import("../../../src/widgets/chart/mark.ts");
    for (const o of [...states, ...states.slice(0, 60)]) expect(toMarkup(again.zigzagDraw(o, "t"))).toBe(forward.get(`${o.learningRate} ${o.step}`));
  });
});
