import { scaleLinear as d3ScaleLinear } from "d3-scale";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { scaleLinear } from "../../src/widgets/linear-scale.ts";

const finite = fc.double({ min: -1e6, max: 1e6, noNaN: true });
const close = (a: number, b: number) => expect(Math.abs(a - b)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(b)));

describe("scaleLinear()", () => {
  it("maps and inverts as d3-scale's scaleLinear does", () => {
    fc.assert(
      fc.property(finite, finite, finite, finite, finite, (d0, d1, r0, r1, v) => {
        fc.pre(Math.abs(d1 - d0) > 1e-3 && Math.abs(r1 - r0) > 1e-3);
        const ours = scaleLinear().domain([d0, d1]).range([r0, r1]);
        const theirs = d3ScaleLinear().domain([d0, d1]).range([r0, r1]);
        close(ours(v), theirs(v));
        close(ours.invert(v), theirs.invert(v));
      }),
      { seed: 13, numRuns: 1000 },
    );
  });

  it("maps a collapsed domain to the middle of the range, as d3-scale does", () => {
    expect(scaleLinear().domain([2, 2]).range([0, 10])(5)).toBe(d3ScaleLinear().domain([2, 2]).range([0, 10])(5));
  });
});
