import { afterEach, describe, expect, it, vi } from "vitest";
import type { FigureFn } from "../../src/widgets/define-widget.ts";
import { DRAW_MARK } from "../../src/widgets/mount-widget.ts";
import { WIDGETS } from "../../src/widgets/widget-registry.ts";
import { islandMarkup } from "../../src/widgets/island-markup.ts";

/** Each widget's static figure (the folder's figure.ts), which the build writes below its controls. */
const figures = import.meta.glob<FigureFn<never>>("../../src/widgets/*/figure.ts", { import: "figure", eager: true });

const live = WIDGETS.filter((w) => w.live);

afterEach(() => {
  document.body.innerHTML = "";
  performance.clearMarks(DRAW_MARK);
  vi.unstubAllGlobals();
});

/** Mounts a widget on an element holding `markup` and counts the draws of its geometry while it mounts. */
async function drawsOnMount(name: string, markup: string): Promise<number> {
  const w = live.find((m) => m.name === name)!;
  const mount = await w.live!.mount();
  const el = document.createElement("div");
  el.className = `chart ${w.prefix}`;
  el.innerHTML = markup;
  document.body.append(el);
  performance.clearMarks(DRAW_MARK);
  const widget = mount(el, {});
  const draws = performance.getEntriesByName(DRAW_MARK).filter((e) => (e as PerformanceMark).detail === w.prefix).length;
  widget.destroy();
  return draws;
}

describe("mountWidget: the figure's geometry is drawn at most once while a widget mounts", () => {
  // No worker in the DOM environment: the trainers would run in the page, and mounting must not ask them anything.
  for (const w of live) {
    it(`${w.name}: adopts the build's figure, and draws once on an empty element`, async () => {
      vi.stubGlobal("Worker", undefined);
      const figure = figures[`../../src/widgets/${w.name}/figure.ts`]!;
      const markup = islandMarkup(w, figure, w.validate({}), w.id);
      expect(markup).toContain(`${w.prefix}-`);
      expect(await drawsOnMount(w.name, markup)).toBe(0);
      expect(await drawsOnMount(w.name, "")).toBe(1);
    });
  }
});

describe("mountWidget: destroy puts the element back as it was before mount", () => {
  for (const w of live) {
    it(`${w.name}: the build's figure and controls, after an update to other options`, async () => {
      vi.stubGlobal("Worker", undefined);
      const figure = figures[`../../src/widgets/${w.name}/figure.ts`]!;
      const mount = await w.live!.mount();
      const el = document.createElement("div");
      el.className = `chart ${w.prefix}`;
      el.innerHTML = islandMarkup(w, figure, w.validate({}), w.id);
      document.body.append(el);
      const before = el.innerHTML;
      const widget = mount(el, {});
      // Every option at the top of its range: a state the build's figure does not show.
      widget.update(Object.fromEntries(Object.entries(w.options).map(([key, spec]) => [key, spec.max])));
      widget.destroy();
      expect(el.innerHTML).toBe(before);
    });
  }
});
