import { select } from "d3-selection";
import { formatNumber } from "../format-number.ts";
import { mountWidget } from "../mount-widget.ts";
import { rangeControls } from "../range-controls.ts";
import type { Widget } from "../widget.ts";
import { natureGeometry } from "./nature-geometry.ts";
import { natureMarkup } from "./nature-markup.ts";
import { natureOptions, natureSpecs, type NatureOptions } from "./nature-options.ts";

/** Mounts the live curves: sliders for the Hill coefficient and the growth rate. */
export function mount(el: HTMLElement, input: Readonly<Record<string, unknown>> = {}): Widget<NatureOptions> {
  return mountWidget(
    {
      prefix: "nc",
      validate: (i) => natureOptions(i),
      markup: (o, id) => natureMarkup(natureGeometry(o), id),
      setup({ el, id, update }) {
        const controls = rangeControls(natureSpecs, id, (key, v) => update({ [key]: v }), (_, v) => formatNumber(v, 1));
        el.prepend(controls.element);
        const root = select(el);
        return {
          render(o) {
            const g = natureGeometry(o);
            root.select(".nc-hill").attr("d", g.hillPath);
            root.select(".nc-growth").attr("d", g.growthPath);
            root.select(".nc-readout").text(g.readout);
            root.select(".nc-desc").text(g.description);
            controls.set(o);
          },
        };
      },
    },
    el,
    input,
  );
}
