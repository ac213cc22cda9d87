import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { conceptDraw } from "../../../src/widgets/concept-detector/concept-draw.ts";
import { box, conceptGeometry, digitPixels, frame, zs } from "../../../src/widgets/concept-detector/concept-geometry.ts";
import { conceptOptions, type ConceptOptions } from "../../../src/widgets/concept-detector/concept-options.ts";
import { mount } from "../../../src/widgets/concept-detector/concept-detector.ts";
import { expectHonestPlot, expectHonestPoint } from "../../helpers/honest-plot.ts";
import { expectOneDrawPath } from "../../helpers/one-draw-path.ts";

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

  // Dozens of mounts and redraws: a limit for a loaded machine, not a speed test.
  it("is the one draw path: the build's figure is adopted on mount and every update draws what the build would", { timeout: 60_000 }, () => {
    const draw = (o: ConceptOptions, id: string) => conceptDraw(digitPixels(o.digit), o.b, id);
    expectOneDrawPath(mount, draw, fc.record({ b: bias, digit: fc.integer({ min: 0, max: 4 }) }), (i) => conceptOptions(i));
  });
});
