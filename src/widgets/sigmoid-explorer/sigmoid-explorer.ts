import { mountChart } from "../chart/mount-chart.ts";
import { pointerProbe } from "../pointer-probe.ts";
import { rangeControls } from "../range-controls.ts";
import type { Widget } from "../widget.ts";
import { controls as panel } from "./controls.ts";
import { explorerDraw } from "./explorer-draw.ts";
import { frame, xScale } from "./explorer-geometry.ts";
import { explorerOptions, explorerSpecs, type ExplorerOptions } from "./explorer-options.ts";

/** Mounts the live sigmoid explorer on an element (adopting its static figure if the build rendered one). */
export function mount(el: HTMLElement, input: Readonly<Record<string, unknown>> = {}): Widget<ExplorerOptions> {
  return mountChart(
    {
      prefix: "sx",
      validate: (i) => explorerOptions(i),
      draw: explorerDraw,
      controls: panel,
      setup({ el, body, id, update }) {
        const controls = rangeControls(el, explorerSpecs, id, (key, value) => update({ [key]: value }));
        const svg = body.querySelector<SVGSVGElement>(".sx-svg")!;
        const stopProbe = pointerProbe(svg, frame.width, (px) => update({ x: Math.round(xScale.invert(px) * 10) / 10 }));
        return { sync: controls.set, destroy: stopProbe };
      },
    },
    el,
    input,
  );
}
