import { mountChart } from "../chart/mount-chart.ts";
import { rangeControls } from "../range-controls.ts";
import type { Widget } from "../widget.ts";
import { controls as panel, valueText } from "./controls.ts";
import { natureDraw } from "./nature-draw.ts";
import { natureOptions, natureSpecs, type NatureOptions } from "./nature-options.ts";

/** Mounts the live curves: sliders for the Hill coefficient and the growth rate. */
export function mount(el: HTMLElement, input: Readonly<Record<string, unknown>> = {}): Widget<NatureOptions> {
  return mountChart(
    {
      prefix: "nc",
      validate: (i) => natureOptions(i),
      draw: natureDraw,
      controls: panel,
      setup({ el, id, update }) {
        const controls = rangeControls(el, natureSpecs, id, (key, v) => update({ [key]: v }), valueText);
        return { sync: controls.set };
      },
    },
    el,
    input,
  );
}
