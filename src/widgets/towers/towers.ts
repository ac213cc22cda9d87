import { select } from "d3-selection";
import { offScaleMarkup } from "../chart/off-scale-markup.ts";
import { mountWidget } from "../mount-widget.ts";
import { rangeControls } from "../range-controls.ts";
import type { Widget } from "../widget.ts";
import { towersGeometry } from "./towers-geometry.ts";
import { towersMarkup, towersReadout } from "./towers-markup.ts";
import { towersOptions, towersSpecs, type TowersOptions } from "./towers-options.ts";

/** Mounts the live towers figure: sliders for the number of towers and their steepness. */
export function mount(el: HTMLElement, input: Readonly<Record<string, unknown>> = {}): Widget<TowersOptions> {
  return mountWidget(
    {
      prefix: "tw",
      validate: (i) => towersOptions(i),
      markup: (o, id) => towersMarkup(towersGeometry(o), id),
      setup({ el, id, update }) {
        const controls = rangeControls(towersSpecs, id, (key, v) => update({ [key]: v }));
        el.prepend(controls.element);
        const root = select(el);
        return {
          render(o) {
            const g = towersGeometry(o);
            root.select(".tw-approx").attr("d", g.approxPath);
            root.select(".tw-towers").attr("d", g.towersPath);
            root.select(".chart-marks").html(offScaleMarkup(g.marks));
            root.select(".tw-readout").text(towersReadout(g));
            root.select(".tw-desc").text(g.description);
            controls.set(o);
          },
        };
      },
    },
    el,
    input,
  );
}
