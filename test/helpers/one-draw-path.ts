import fc from "fast-check";
import { expect } from "vitest";
import { toMarkup, type Mark } from "../../src/widgets/chart/mark.ts";
import { chartBody } from "../../src/widgets/chart/mount-chart.ts";
import type { MountFn } from "../../src/widgets/widget.ts";
import { WIDGETS } from "../../src/widgets/widget-registry.ts";

/** The figure body a draw function gives for some options, parsed as the page would hold it. */
function drawn(draw: (o: never, id: string) => readonly Mark[], options: unknown, id: string): Element {
  const box = document.createElement("div");
  box.innerHTML = chartBody(draw(options as never, id));
  return box.firstElementChild!;
}

/**
 * Asserts that a widget has one draw path: mounted on its static figure for options a, it draws nothing on mount
 * (every element is the build's own), and updated to options b it holds exactly what the build draws for b, for
 * random a and b, structural options included.
 */
export function expectOneDrawPath<O>(mount: MountFn<O>, draw: (o: O, id: string) => readonly Mark[], options: fc.Arbitrary<Record<string, number>>, validate: (i: Record<string, number>) => O, runs = 25): void {
  fc.assert(
    fc.property(options, options, (a, b) => {
      const el = document.createElement("div");
      document.body.append(el);
      // As the build writes the island: the widget's controls (found by the class prefix its figure draws), then the figure.
      const figure = chartBody(draw(validate(a), "built"));
      const manifest = WIDGETS.find((w) => new RegExp(`<svg class="[^"]*\\b${w.prefix}-svg\\b`).test(figure));
      el.innerHTML = toMarkup(manifest?.live?.panel(validate(a) as never, "built") ?? []) + figure;
      const before = [...el.querySelectorAll("*")];
      const widget = mount(el, a);
      // Mounting adopts the figure: the same elements, none rewritten.
      expect(before.every((node) => el.contains(node))).toBe(true);
      expect(el.querySelector(".chart-body")!.isEqualNode(drawn(draw as never, validate(a), "built"))).toBe(true);
      widget.update(b);
      const body = el.querySelector(".chart-body")!;
      const want = drawn(draw as never, widget.options, "built");
      if (!body.isEqualNode(want)) expect(body.outerHTML).toBe(want.outerHTML);
      widget.destroy();
      el.remove();
    }),
    { seed: 16, numRuns: runs },
  );
}
