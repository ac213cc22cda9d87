import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { conceptDraw } from "../../../src/widgets/concept-detector/concept-draw.ts";
import { box, conceptGeometry, digitPixels, frame, zs } from "../../../src/widgets/concept-detector/concept-geometry.ts";
import { conceptOptions, type ConceptOptions } from "../../../src/widgets/concept-detector/concept-options.ts";
import { mount } from "../../../src/widgets/concept-detector/concept-detector.ts";
import { expectHonestPlot, expectHonestPoint } from "../../helpers/honest-plot.ts";
import { expectOneDrawPath } from "../../helpers/one-draw-path.ts";
import { toMarkup } from "../../../src/widgets/chart/mark.ts";

// The plot's mapping written out: z from −10 to 10 across the frame, outputs from 0 (bottom) to 1 (top).
const px = (z: number) => frame.left + ((z + 10) / 20) * (frame.width - frame.right - frame.left);
const py = (v: number) => frame.bottom - v * (frame.bottom - frame.top);
const logistic = (z: number) => 1 / (1 + Math.exp(-z));
// Any drawing on the 5 × 7 grid, and any bias in range.
const drawing = fc.array(fc.constantFrom(0, 1), { minLength: 35, maxLength: 35 });
const bias = fc.double({ min: -10, max: 5, noNaN: true });

describe("conceptDraw(pixels, bias, id)", () => {
  // Hundreds of random states: a limit for a loaded machine, not a speed test.
  it("plots σ and puts the probe at z = (right-column ink) − (left-column ink) + b, within half a pixel or marked at the frame", { timeout: 60_000 }, () => {
    fc.assert(
      fc.property(drawing, bias, (pixels, b) => {
        const g = conceptGeometry(pixels, b);
        const z = pixels.filter((p, i) => p && i % 5 === 4).length - pixels.filter((p, i) => p && i % 5 === 0).length + b;
        expect(g.z).toBeCloseTo(z, 12);
        expectHonestPlot(g.sigmaPath, g.marks, zs.map((v) => [px(v), py(logistic(v))] as const), box);
        const mark = g.marks.find((m) => m.label.startsWith("z = "));
        expectHonestPoint(g.probe.cx, g.probe.cySigma, mark, [px(z), py(logistic(z))], box);
        expectHonestPoint(g.probe.cx, g.probe.cyStep, mark, [px(z), py(z > 0 ? 1 : 0)], box);
      }),
      { seed: 17, numRuns: 200 },
    );
  });

  it("marks a sum beyond the axis at its end with its value", () => {
    // Only the left-hand column inked: z = 0 − 7 − 10.
    const g = conceptGeometry(Array.from({ length: 35 }, (_, i) => (i % 5 === 0 ? 1 : 0)), -10);
    expect(g.marks).toContainEqual(expect.objectContaining({ edge: "left", label: "z = −17.00" }));
  });

  it("keeps the '1' at the right end of its gridline while the σ dot leaves room there at the plot's own 13-unit text", () => {
    // The right-hand column inked (z = 7 + b). Inside the frame the '1' ends 4 units short of the frame's right side
    // (x1 = 308) and is 0.72 em wide: at 13 units it starts at 294.64. The σ dot (radius 6, at the top gridline's height
    // from z = 8 on) reaches px(8.5) + 6 = 293.6 at z = 8.5, clear of it, and px(9) + 6 = 300.4 at z = 9, under it. At the
    // 640-unit figures' 26 units the label would start at 285.28, under the dot from z = 8 (px(8) + 6 = 286.8).
    expect(frame.font).toBe(13);
    const start = frame.width - frame.right - 4 - 0.72 * frame.font;
    expect(px(8.5) + 6).toBeLessThan(start);
    expect(px(9) + 6).toBeGreaterThan(start);
    expect(px(8) + 6).toBeGreaterThan(frame.width - frame.right - 4 - 0.72 * 26);
    const right = Array.from({ length: 35 }, (_, i) => (i % 5 === 4 ? 1 : 0));
    const one = (b: number) => /class="([^"]*)"[^>]*>1<\/text>/.exec(toMarkup(conceptDraw(right, b, "cd"), true))![1]!;
    expect(one(1)).not.toContain("chart-ytick-start");
    expect(one(1.5)).not.toContain("chart-ytick-start");
    expect(one(2)).toContain("chart-ytick-start");
    expect(toMarkup(conceptDraw(right, 1, "cd"), true)).toContain(`font-size="${frame.font}"`);
  });

  // Dozens of mounts and redraws: a limit for a loaded machine, not a speed test.
  it("is the one draw path: the build's figure is adopted on mount and every update draws what the build would", { timeout: 60_000 }, () => {
    const draw = (o: ConceptOptions, id: string) => conceptDraw(digitPixels(o.digit), o.b, id);
    expectOneDrawPath(mount, draw, fc.record({ b: bias, digit: fc.integer({ min: 0, max: 4 }) }), (i) => conceptOptions(i));
  });
});
