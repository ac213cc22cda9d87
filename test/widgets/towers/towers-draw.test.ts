import fc from "fast-check";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { Mark } from "../../../src/widgets/chart/mark.ts";
import { chartBody } from "../../../src/widgets/chart/mount-chart.ts";
import { towersDraw } from "../../../src/widgets/towers/towers-draw.ts";
import { towersCurves, towersError } from "../../../src/widgets/towers/towers-geometry.ts";
import { towersOptions, towersSpecs } from "../../../src/widgets/towers/towers-options.ts";
import { mount } from "../../../src/widgets/towers/towers.ts";
import { expectMarksDrawn, marksWithClass } from "../../helpers/drawn-marks.ts";
import { optionsFrom } from "../../helpers/option-arbitrary.ts";
import type { FigureFn } from "../../../src/widgets/define-widget.ts";
import { islandMarkup } from "../../../src/widgets/island-markup.ts";
import { figure } from "../../../src/widgets/towers/figure.ts";
import manifest from "../../../src/widgets/towers/widget.ts";

afterEach(() => {
  document.body.innerHTML = "";
});

const options = optionsFrom(towersSpecs);
const live = (o: Parameters<typeof towersDraw>[0], id: string) => towersDraw(o, id, { live: true });

describe("towersDraw(options, id, state)", () => {
  // Dozens of random states: a limit for a loaded machine, not a speed test.
  it("draws every value beyond a panel, and every handle beyond the plot, as an arrow with its value", { timeout: 60_000 }, () => {
    fc.assert(
      fc.property(options, (input) => {
        const o = towersOptions(input);
        const g = towersCurves(o);
        const drawn = towersDraw(o, "t");
        expectMarksDrawn(drawn, [...g.one.marks, ...g.marks, ...g.handles.flatMap((hd) => (hd.mark ? [hd.mark] : []))]);
      }),
      { seed: 16, numRuns: 20 },
    );
  });

  it("draws the handles as pictures for the build and as named sliders with their values for the live figure", () => {
    const o = towersOptions({ n: 10, tower: 4 });
    expect(marksWithClass(towersDraw(o, "t"), "tw-handle").map((m) => [m.attrs["role"], m.attrs["tabindex"]])).toEqual([[undefined, undefined], [undefined, undefined], [undefined, undefined]]);
    const sliders = marksWithClass(live(o, "t"), "tw-handle");
    expect(sliders.map((m) => m.attrs["aria-label"])).toEqual(["tower 4 left wall a", "tower 4 right wall b", "tower 4 height h"]);
    // Tower 4 of 10 stands on [0.3, 0.4].
    expect(Number(sliders[0]!.attrs["aria-valuenow"])).toBeCloseTo(0.3, 12);
    expect(sliders.every((m) => m.attrs["role"] === "slider" && m.attrs["tabindex"] === 0)).toBe(true);
  });

  it("mounted on the build's figure, changes nothing but its handles, which become sliders", () => {
    const el = document.createElement("div");
    document.body.append(el);
    const o = towersOptions({ n: 7, steepness: 300, tower: 3 });
    el.innerHTML = islandMarkup(manifest, figure as FigureFn<never>, o, "built");
    const built = el.querySelector(".chart-body")!.cloneNode(true) as Element;
    const before = [...el.querySelectorAll("*")];
    mount(el, o);
    expect(before.every((node) => el.contains(node))).toBe(true);
    const body = el.querySelector(".chart-body")!;
    const want = document.createElement("div");
    want.innerHTML = chartBody(live(o, "built"));
    expect(body.isEqualNode(want.firstElementChild)).toBe(true);
    // Without the handles' slider attributes, the figure is the build's as it was.
    for (const handle of body.querySelectorAll("[data-handle]")) for (const name of handle.getAttributeNames()) if (name === "role" || name === "tabindex" || name.startsWith("aria-")) handle.removeAttribute(name);
    expect(body.isEqualNode(built)).toBe(true);
  });

  // Dozens of mounts and redraws of up to sixty towers: a limit for a loaded machine, not a speed test.
  it("is the one draw path once live: an update draws what the draw function gives, the tower count included, its error the one measured before until the frame is painted, then its own", { timeout: 120_000 }, async () => {
    const drawn = (marks: readonly Mark[]) => {
      const box = document.createElement("div");
      box.innerHTML = chartBody(marks);
      return box.firstElementChild!;
    };
    await fc.assert(
      fc.asyncProperty(options, options, async (a, b) => {
        const el = document.createElement("div");
        document.body.append(el);
        const [oa, ob] = [towersOptions(a), towersOptions(b)];
        el.innerHTML = islandMarkup(manifest, figure as FigureFn<never>, oa, "built");
        const before = [...el.querySelectorAll("*")];
        const widget = mount(el, a);
        expect(before.every((node) => el.contains(node))).toBe(true);
        widget.update(b);
        const body = el.querySelector(".chart-body")!;
        // In the update's frame: the build's figure for b, with the error of a's towers, which the build's figure showed.
        const stale = drawn(towersDraw(ob, "built", { live: true, error: towersError(oa).error }));
        if (!body.isEqualNode(stale)) expect(body.outerHTML).toBe(stale.outerHTML);
        // Once that frame is painted, b's towers are measured: the build's figure for b, exactly.
        const want = drawn(live(ob, "built"));
        await vi.waitFor(() => expect(body.outerHTML).toBe(want.outerHTML));
        widget.destroy();
        el.remove();
      }),
      { seed: 16, numRuns: 10 },
    );
  });
});
