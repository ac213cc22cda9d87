import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { softmaxDraw } from "../../../src/widgets/softmax-bars/softmax-draw.ts";
import { frame, softmaxGeometry } from "../../../src/widgets/softmax-bars/softmax-geometry.ts";
import { softmaxOptions } from "../../../src/widgets/softmax-bars/softmax-options.ts";
import { mount } from "../../../src/widgets/softmax-bars/softmax-bars.ts";
import { expectOneDrawPath } from "../../helpers/one-draw-path.ts";

const score = fc.double({ min: -5, max: 5, noNaN: true });
const options = fc.record({ s1: score, s2: score, s3: score, classes: fc.integer({ min: 2, max: 3 }) });
const HALF_PIXEL = 0.5;

describe("softmaxDraw(options, id)", () => {
  // Hundreds of random states: a limit for a loaded machine, not a speed test.
  it("draws every bar's end within half a pixel of its true value on its column's scale, from the closed form of softmax", { timeout: 60_000 }, () => {
    fc.assert(
      fc.property(options, (raw) => {
        const o = softmaxOptions(raw);
        const g = softmaxGeometry(o);
        const scores = o.classes === 2 ? [o.s1, 0] : [o.s1, o.s2, o.s3];
        const exps = scores.map(Math.exp);
        const total = exps.reduce((a, b) => a + b, 0);
        const [c0, c1, c2] = frame.columns as [{ x0: number; x1: number }, { x0: number; x1: number }, { x0: number; x1: number }];
        // Each column's mapping written out: scores from −5 to 5, e^s from 0 to the largest (at least 1), p from 0 to 1.
        const scoreAt = (s: number) => c0.x0 + ((s + 5) / 10) * (c0.x1 - c0.x0);
        const expAt = (e: number) => c1.x0 + (e / Math.max(1, ...exps)) * (c1.x1 - c1.x0);
        const pAt = (p: number) => c2.x0 + p * (c2.x1 - c2.x0);
        expect(g.rows).toHaveLength(scores.length);
        g.rows.forEach((r, i) => {
          const [[sx, sw], [ex, ew], [qx, qw]] = r.bars as [[number, number], [number, number], [number, number]];
          // The score bar runs from 0 to the score, whichever side of 0 it lies.
          const scoreEnd = scores[i]! >= 0 ? sx + sw : sx;
          expect(Math.abs(scoreEnd - scoreAt(scores[i]!))).toBeLessThanOrEqual(HALF_PIXEL);
          expect(Math.abs((scores[i]! >= 0 ? sx : sx + sw) - scoreAt(0))).toBeLessThanOrEqual(HALF_PIXEL);
          expect(Math.abs(ex + ew - expAt(exps[i]!))).toBeLessThanOrEqual(HALF_PIXEL);
          expect(Math.abs(qx + qw - pAt(exps[i]! / total))).toBeLessThanOrEqual(HALF_PIXEL);
          for (const [x, w] of r.bars) expect(x >= c0.x0 && x + w <= c2.x1 + HALF_PIXEL && w >= 0).toBe(true);
        });
      }),
      { seed: 19, numRuns: 300 },
    );
  });

  // Dozens of mounts and redraws: a limit for a loaded machine, not a speed test.
  it("is the one draw path, the class count included: every update draws what the build would", { timeout: 60_000 }, () => {
    expectOneDrawPath(mount, softmaxDraw, options, (i) => softmaxOptions(i), 40);
  });
});
