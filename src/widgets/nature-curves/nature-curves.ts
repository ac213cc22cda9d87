import { mountChart } from "../chart/mount-chart.ts";
import { formatNumber } from "../format-number.ts";
import { rangeControls } from "../range-controls.ts";
import type { Widget } from "../widget.ts";
import { natureDraw } from "./nature-draw.ts";
import { natureOptions, natureSpecs, type NatureOptions } from "./nature-options.ts";

/** Mounts the live curves: sliders for the Hill coefficient and the growth rate. */
export function mount(el: HTMLElement, input: Readonly<Record<string, unknown>> = {}): Widget<NatureOptions> {
  return mountChart(
    {
      prefix: "nc",
      validate: (i) => natureOptions(i),
      draw: natureDraw,
      setup({ el, id, update }) {
        const controls = rangeControls(natureSpecs, id, (key, v) => update({ [key]: v }), (_, v) => formatNumber(v, 1));
        el.prepend(controls.element);
        return { sync: controls.set };
      },
    },
    el,
    input,
  );
}
