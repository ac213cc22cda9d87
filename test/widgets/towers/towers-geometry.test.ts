import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { approximationError } from "../../../src/grad/towers.ts";
import { box, defaultParts, handles, LIMITS, SUM_TOLERANCE, MIN_WIDTH, moveHandle, towerAt, oneBox, oneYScale, towersCurves, towersError, xs, xScale, yScale } from "../../../src/widgets/towers/towers-geometry.ts";
import { towersOptions, towersSpecs } from "../../../src/widgets/towers/towers-options.ts";
import { expectHonestPlot } from "../../helpers/honest-plot.ts";

// Nielsen's target and its towers written out again: heights at the bins' centres, walls of paired sigmoids.
const target = (x: number) => 0.2 + 0.4 * x * x + 0.3 * x * Math.sin(15 * x) + 0.05 * Math.cos(50 * x);
const s = (v: number) => 1 / (1 + Math.exp(-v));
const towers = (n: number, k: number) => (x: number) => {
  let sum = 0;
  for (let i = 0; i < n; i++) {
    const left = i === 0 ? -1 : i / n;
    const right = i === n - 1 ? 2 : (i + 1) / n;
    sum += target((i + 0.5) / n) * (s(k * (x - left)) - s(k * (x - right)));
  }
  return sum;
};

describe("towersCurves(options) as drawn", () => {
  it("for random options, the approximation maps back to its towers within half a pixel, or is marked off-scale", () => {
    const n = fc.integer({ min: towersSpecs.n.min, max: towersSpecs.n.max });
    const k = fc.double({ min: towersSpecs.steepness.min, max: towersSpecs.steepness.max, noNaN: true });
    fc.assert(
      fc.property(fc.record({ n, steepness: k }), (input) => {
        const o = towersOptions(input);
        const g = towersCurves(o);
        const f = towers(o.n, o.steepness);
        expectHonestPlot(g.approxPath, g.marks, xs.map((x) => [xScale(x), yScale(f(x))] as const), box);
      }),
      { numRuns: 30 },
    );
  });
});

describe("towersCurves(options): the towers under the sum", () => {
  it("draws every tower on its own, one subpath each, where its own formula puts it", () => {
    const one = (n: number, k: number, i: number) => (x: number) => {
      const left = i === 0 ? -1 : i / n;
      const right = i === n - 1 ? 2 : (i + 1) / n;
      return target((i + 0.5) / n) * (s(k * (x - left)) - s(k * (x - right)));
    };
    fc.assert(
      fc.property(fc.integer({ min: towersSpecs.n.min, max: 30 }), fc.double({ min: towersSpecs.steepness.min, max: towersSpecs.steepness.max, noNaN: true }), (n, steepness) => {
        const o = towersOptions({ n, steepness });
        const subpaths = towersCurves(o).towersPath.split("M").slice(1).map((d) => `M${d}`);
        expect(subpaths).toHaveLength(o.n);
        subpaths.forEach((d, i) => expectHonestPlot(d, [], xs.map((x) => [xScale(x), yScale(one(o.n, o.steepness, i)(x))] as const), box));
      }),
      { numRuns: 15 },
    );
  });
});

describe("towersCurves(options, parts) for the same towers again", () => {
  it("draws them at a new steepness when only the steepness changes", () => {
    const parts = defaultParts(towersOptions({ n: 5 }));
    const one = (i: number, k: number) => (x: number) => parts[i]!.height * (s(k * (x - parts[i]!.a)) - s(k * (x - parts[i]!.b)));
    towersCurves(towersOptions({ n: 5, steepness: 50 }), parts);
    const subpaths = towersCurves(towersOptions({ n: 5, steepness: 400 }), parts).towersPath.split("M").slice(1).map((d) => `M${d}`);
    subpaths.forEach((d, i) => expectHonestPlot(d, [], xs.map((x) => [xScale(x), yScale(one(i, 400)(x))] as const), box));
  });
});

describe("towersCurves(options, parts) after a tower is moved", () => {
  it("draws the towers as it draws them from scratch, the unmoved ones taken from the panel drawn before, and the shown one as its own subpath", () => {
    const o = towersOptions({ n: 12, steepness: 150, tower: 5 });
    const before = defaultParts(o);
    towersCurves(o, before);
    const moved = before.map((p, i) => (i === 4 ? moveHandle(moveHandle(p, "h", 1.1), "a", 0.2) : p));
    const g = towersCurves(o, moved);
    // The same towers as new objects: nothing of them was drawn before.
    const fresh = towersCurves(o, moved.map((p) => ({ ...p })));
    expect(g.towersPath).toBe(fresh.towersPath);
    expect(g.marks).toEqual(fresh.marks);
    const subpaths = g.towersPath.split("M").slice(1).map((d) => `M${d}`);
    expect(subpaths).toHaveLength(12);
    expect(g.shownPath).toBe(subpaths[4]);
    expect(fresh.shownPath).toBe(subpaths[4]);
    const one = (x: number) => 1.1 * (s(150 * (x - 0.2)) - s(150 * (x - moved[4]!.b)));
    expectHonestPlot(g.shownPath, [], xs.map((x) => [xScale(x), yScale(one(x))] as const), box);
  });
});

describe("towersCurves(options, parts): one tower built from two sigmoids", () => {
  it("draws h·σ(s(x − a)), h·σ(s(x − b)) and their difference for the shown tower, each where its formula puts it", () => {
    const o = towersOptions({ n: 10, steepness: 200, tower: 4 });
    // Tower 4 of 10 stands on [0.3, 0.4], as tall as the target at 0.35.
    const [a, b, h] = [0.3, 0.4, target(0.35)];
    const g = towersCurves(o);
    expect(g.part.a).toBeCloseTo(a, 12);
    expect(g.part.b).toBeCloseTo(b, 12);
    const at = (f: (x: number) => number) => xs.map((x) => [xScale(x), oneYScale(f(x))] as const);
    expectHonestPlot(g.one.risePath, [], at((x) => h * s(200 * (x - a))), oneBox);
    expectHonestPlot(g.one.fallPath, [], at((x) => h * s(200 * (x - b))), oneBox);
    expectHonestPlot(g.one.towerPath, [], at((x) => h * s(200 * (x - a)) - h * s(200 * (x - b))), oneBox);
  });

  it("follows towers moved by hand: the sum is the hand-written sum of the moved towers", () => {
    const o = towersOptions({ n: 3, steepness: 300, tower: 2 });
    const parts = [
      { a: -1, b: 0.2, height: 0.3 },
      { a: 0.2, b: 0.7, height: 1.1 },
      { a: 0.7, b: 2, height: -0.1 },
    ];
    const sum = (x: number) => parts.reduce((t, p) => t + p.height * (s(300 * (x - p.a)) - s(300 * (x - p.b))), 0);
    const g = towersCurves(o, parts);
    expectHonestPlot(g.approxPath, g.marks, xs.map((x) => [xScale(x), yScale(sum(x))] as const), box);
  });
});

describe("towersError(options, parts)", () => {
  it("measures the same errors as against the towers' exact sum, to within SUM_TOLERANCE and the measures' own 1e−12", () => {
    for (const [n, k] of [[10, 200], [60, 200], [60, 10], [37, 1000]] as const) {
      const measured = towersError(towersOptions({ n, steepness: k })).error;
      const exact = approximationError(target, towers(n, k), 0, 1);
      expect(Math.abs(measured.max - exact.max)).toBeLessThanOrEqual(SUM_TOLERANCE + 2e-12);
      expect(Math.abs(measured.rms - exact.rms)).toBeLessThanOrEqual(SUM_TOLERANCE + 2e-12);
    }
  });

  it("grows by about the height added when one tower is raised far above the target", () => {
    const o = towersOptions({ n: 10, steepness: 200 });
    const equal = towersError(o);
    const base = (i: number) => ({ a: i === 0 ? -1 : i / 10, b: i === 9 ? 2 : (i + 1) / 10, height: target((i + 0.5) / 10) });
    const edited = towersError(o, Array.from({ length: 10 }, (_, i) => (i === 3 ? { ...base(i), height: 1.2 } : base(i))));
    // The tower on [0.3, 0.4] now stands 1.2 − target(0.35) too tall in its middle, where the other towers add next to nothing.
    expect(edited.error.max).toBeGreaterThan(1.2 - target(0.35) - 0.01);
    expect(edited.error.max).toBeGreaterThan(equal.error.max);
    expect(edited.description).toMatch(/moved by hand/);
    expect(equal.description).toMatch(/equal towers/);
  });
});

describe("moveHandle(part, key, value)", () => {
  const p = { a: 0.3, b: 0.4, height: 0.5 };
  it("moves one wall or the height and leaves the rest", () => {
    expect(moveHandle(p, "a", 0.25)).toEqual({ a: 0.25, b: 0.4, height: 0.5 });
    expect(moveHandle(p, "b", 0.6)).toEqual({ a: 0.3, b: 0.6, height: 0.5 });
    expect(moveHandle(p, "h", 0.9)).toEqual({ a: 0.3, b: 0.4, height: 0.9 });
  });
  it("keeps the tower at least MIN_WIDTH wide and within its limits", () => {
    expect(moveHandle(p, "a", 0.9).a).toBeCloseTo(0.4 - MIN_WIDTH, 12);
    expect(moveHandle(p, "b", 0).b).toBeCloseTo(0.3 + MIN_WIDTH, 12);
    expect(moveHandle(p, "a", -5).a).toBe(LIMITS.edge[0]);
    expect(moveHandle(p, "b", 5).b).toBe(LIMITS.edge[1]);
    expect(moveHandle(p, "h", 9).height).toBe(LIMITS.height[1]);
  });
});

describe("handles(part)", () => {
  it("puts the walls' grips at their x on the plot and the height's grip at h, in the middle of the tower's top", () => {
    const [a, b, h] = handles({ a: 0.3, b: 0.4, height: 0.5 });
    expect(a!.x).toBeCloseTo(40 + 0.3 * 584, 1);
    expect(b!.x).toBeCloseTo(40 + 0.4 * 584, 1);
    expect(h!.y).toBeCloseTo(270 - ((0.5 + 0.2) / 1.4) * 258, 1);
    expect(h!.x).toBeCloseTo(40 + 0.35 * 584, 1);
    expect([a!.mark, b!.mark, h!.mark]).toEqual([null, null, null]);
  });
  it("marks a wall beyond the plot with its value, its grip on the frame", () => {
    const [a] = handles({ a: -1, b: 0.1, height: 0.5 });
    expect(a!.x).toBe(40);
    expect(a!.mark?.label).toBe("\u22121.00");
  });
});

describe("towerAt(parts, x)", () => {
  const parts = [
    { a: -1, b: 0.25, height: 0.2 },
    { a: 0.25, b: 0.5, height: 0.3 },
    { a: 0.4, b: 0.9, height: 0.3 },
  ];
  it("picks the tower over x, the one whose middle is nearer where two overlap", () => {
    expect(towerAt(parts, 0.05)).toBe(0);
    expect(towerAt(parts, 0.3)).toBe(1);
    expect(towerAt(parts, 0.45)).toBe(1);
  });
  it("picks the nearest wall where no tower stands over x", () => {
    expect(towerAt(parts, 0.95)).toBe(2);
    expect(towerAt([{ a: 0.1, b: 0.2, height: 1 }, { a: 0.6, b: 0.7, height: 1 }], 0.45)).toBe(1);
  });
});
