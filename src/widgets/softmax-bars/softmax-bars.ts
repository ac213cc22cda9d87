import { mountChart } from "../chart/mount-chart.ts";
import { rangeControls } from "../range-controls.ts";
import type { Widget } from "../widget.ts";
import { controls as panel, valueText } from "./controls.ts";
import { softmaxDraw } from "./softmax-draw.ts";
import { softmaxOptions, softmaxSpecs, type SoftmaxOptions } from "./softmax-options.ts";

/** Mounts the live softmax figure: one slider per free score; the class count changes live too (through update or the embed's attribute). */
export function mount(el: HTMLElement, input: Readonly<Record<string, unknown>> = {}): Widget<SoftmaxOptions> {
  return mountChart(
    {
      prefix: "sm",
      validate: (i) => softmaxOptions(i),
      draw: softmaxDraw,
      controls: panel,
      setup({ el, id, update }) {
        const { s1, s2, s3 } = softmaxSpecs;
        const controls = rangeControls(el, { s1, s2, s3 }, id, (key, value) => update({ [key]: value }), valueText);
        const labels = [...controls.element.querySelectorAll<HTMLElement>(".widget-control")];
        return {
          sync(o) {
            controls.set(o);
            // With two classes the second score is pinned at 0 and there is no third: only the first is free.
            labels.forEach((label, i) => (label.hidden = i > 0 && o.classes === 2));
          },
        };
      },
    },
    el,
    input,
  );
}
