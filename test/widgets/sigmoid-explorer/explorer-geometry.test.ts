import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { explorerGeometry, frame, xScale, ySigma } from "../../../src/widgets/sigmoid-explorer/explorer-geometry.ts";
import { explorerOptions } from "../../../src/widgets/sigmoid-explorer/explorer-options.ts";

/** Points of an SVG path made only of M and L commands. */
const points = (d: string) => [...d.matchAll(/[ML]([-\d.e]+),([-\d.e]+)/g)].map((m) => [Number(m[1]), Number(m[2])] as const);
const logistic = (z: number) => 1 / (1 + Math.exp(-z));

describe("explorerGeometry(options)", () => {
  it("draws σ(w·x + b) through the points the closed form gives, for any options in range", () => {
    fc.assert(
      fc.property(fc.double({ min: -10, max: 10, noNaN: true }), fc.double({ min: -10, max: 10, noNaN: true }), (w, b) => {
        const g = explorerGeometry(explorerOptions({ w, b }));
        const pts = points(g.sigmaPath);
        expect(pts).toHaveLength(frame.samples);
        for (const [px, py] of pts) {
          const x = xScale.invert(px);
          // Coordinates are rounded to 0.1 units; x is recovered from a rounded px, so allow the slope's share of that.
          const slack = 0.1 + 0.1 * Math.abs(w) * 0.25 * (ySigma(0) - ySigma(1)) * (12 / (frame.width - frame.left - frame.right));
          expect(Math.abs(py - ySigma(logistic(w * x + b)))).toBeLessThanOrEqual(slack + 1e-9);
        }
        expect(g.sigmaPath + g.dsigmaPath + g.stepPath).not.toMatch(/NaN|Infinity/);
      }),
      { seed: 7, numRuns: 200 },
    );
  });
  it("puts the probe on the curve and reports σ, σ′ and the slope w·σ′ at it", () => {
    const g = explorerGeometry(explorerOptions({ w: 2, b: -1, x: 1.5 }));
    const z = 2 * 1.5 - 1;
    expect(g.readout.z).toBe(z);
    expect(g.readout.sigma).toBeCloseTo(logistic(z), 15);
    expect(g.readout.dsigma).toBeCloseTo(logistic(z) * (1 - logistic(z)), 15);
    expect(g.readout.slope).toBeCloseTo(2 * logistic(z) * (1 - logistic(z)), 15);
    expect(g.probe.cx).toBeCloseTo(xScale(1.5), 1);
  });
  it("steps at x = −b/w and draws no step when w = 0", () => {
    const g = explorerGeometry(explorerOptions({ w: 4, b: -2 }));
    expect(g.stepPath).toContain(`H${Math.round(xScale(0.5) * 10) / 10}V`);
    expect(explorerGeometry(explorerOptions({ w: 0 })).stepPath).toBe("");
  });
  it("describes the figure in words, with the values at the probe", () => {
    const g = explorerGeometry(explorerOptions({ w: 1, b: 0, x: 1 }));
    expect(g.description).toContain("crossing 0.5 at x = 0.000");
    expect(g.description).toContain(`σ = ${logistic(1).toFixed(3)}`);
  });
});
