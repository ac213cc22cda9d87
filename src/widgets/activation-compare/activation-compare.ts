import { mountChart } from "../chart/mount-chart.ts";
import { pointerProbe } from "../pointer-probe.ts";
import { rangeControls } from "../range-controls.ts";
import type { Widget } from "../widget.ts";
import { controls as panel } from "./controls.ts";
import { compareDraw } from "./compare-draw.ts";
import { frame, xScale } from "./compare-geometry.ts";
import { compareOptions, compareSpecs, type CompareOptions } from "./compare-options.ts";

/** Mounts the live comparison of σ, tanh and ReLU: a probe slider, and dragging across the plot. */
export function mount(el: HTMLElement, input: Readonly<Record<string, unknown>> = {}): Widget<CompareOptions> {
  return mountChart(
    {
      prefix: "ac",
      validate: (i) => compareOptions(i),
      draw: compareDraw,
      controls: panel,
      setup({ el, body, id, update }) {
        const controls = rangeControls(el, compareSpecs, id, (key, v) => update({ [key]: v }));
        const svg = body.querySelector<SVGSVGElement>(".ac-svg")!;
        const stopProbe = pointerProbe(svg, frame.width, (px) => update({ x: Math.round(xScale.invert(px) * 10) / 10 }));
        return { sync: controls.set, destroy: stopProbe };
      },
    },
    el,
    input,
  );
}
