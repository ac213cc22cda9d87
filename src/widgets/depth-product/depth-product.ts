import { mountChart } from "../chart/mount-chart.ts";
import { pointerProbe } from "../pointer-probe.ts";
import { rangeControls } from "../range-controls.ts";
import type { Widget } from "../widget.ts";
import { controls as panel } from "./controls.ts";
import { depthDraw } from "./depth-draw.ts";
import { frame, xScale } from "./depth-geometry.ts";
import { depthOptions, depthSpecs, type DepthOptions } from "./depth-options.ts";

/** Mounts the live depth product: sliders for depth, weight and pre-activation, and dragging across the plot for the depth. */
export function mount(el: HTMLElement, input: Readonly<Record<string, unknown>> = {}): Widget<DepthOptions> {
  return mountChart(
    {
      prefix: "gd",
      validate: (i) => depthOptions(i),
      draw: depthDraw,
      controls: panel,
      setup({ el, body, id, update }) {
        const controls = rangeControls(el, depthSpecs, id, (key, v) => update({ [key]: v }));
        const svg = body.querySelector<SVGSVGElement>(".gd-svg")!;
        const stopProbe = pointerProbe(svg, frame.width, (px) => update({ depth: Math.round(xScale.invert(px)) }));
        return { sync: controls.set, destroy: stopProbe };
      },
    },
    el,
    input,
  );
}
