import { afterEach, describe, expect, it } from "vitest";
import type { FigureFn, WidgetManifest } from "../../src/widgets/define-widget.ts";
import { islandMarkup } from "../../src/widgets/island-markup.ts";
import { WIDGETS } from "../../src/widgets/widget-registry.ts";

afterEach(() => {
  document.body.innerHTML = "";
});

const live = WIDGETS.filter((w) => w.live) as readonly WidgetManifest[];
/** Each live widget with the options it can set below zero: its sliders' values there are negative numbers. */
const negative = live.flatMap((w) => Object.entries(w.options).filter(([, spec]) => !spec.choices && spec.min < 0).map(([key, spec]) => [w.name, w, key, spec.min] as const));

describe("slider values are written with the true minus sign", () => {
  it("some widget has a slider that goes below zero (so the check below checks something)", () => {
    expect(negative.length).toBeGreaterThan(3);
  });
  it.each(negative)("%s: %s at its minimum %d, as built and after a live update, shows U+2212 and no hyphen-minus", async (_, w, key, min) => {
    const { figure } = (await import(`../../src/widgets/${w.name}/figure.ts`)) as { figure: FigureFn<never> };
    const el = document.createElement("div");
    el.className = `chart ${w.prefix}`;
    el.innerHTML = islandMarkup(w, figure, w.validate({ [key]: min }), w.id);
    document.body.append(el);
    const output = () => el.querySelector(`output[for="${w.id}-${key}"]`)!.textContent!;
    expect(output()).toContain("−");
    expect(output()).not.toContain("-");
    const mount = (await w.live!.mount()) as (el: HTMLElement, o: Record<string, number>) => { update(o: Record<string, number>): unknown; destroy(): void };
    const widget = mount(el, w.validate({ [key]: min }));
    widget.update({ [key]: min / 2 === 0 ? min : min / 2 });
    expect(output()).not.toContain("-");
    widget.update({ [key]: min });
    expect(output()).toContain("−");
    widget.destroy();
  });
});
