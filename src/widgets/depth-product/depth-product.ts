import { select } from "d3-selection";
import { offScaleMarkup } from "../chart/off-scale-markup.ts";
import { mountWidget } from "../mount-widget.ts";
import { pointerProbe } from "../pointer-probe.ts";
import { rangeControls } from "../range-controls.ts";
import type { Widget } from "../widget.ts";
import { controls as panel } from "./controls.ts";
import { depthGeometry, frame, xScale } from "./depth-geometry.ts";
import { depthMarkup } from "./depth-markup.ts";
import { depthOptions, depthSpecs, type DepthOptions } from "./depth-options.ts";

/** Mounts the live depth product: sliders for depth, weight and pre-activation, and dragging across the plot for the depth. */
export function mount(el: HTMLElement, input: Readonly<Record<string, unknown>> = {}): Widget<DepthOptions> {
  return mountWidget(
    {
      prefix: "gd",
      validate: (i) => depthOptions(i),
      markup: (o, id) => depthMarkup(depthGeometry(o), id),
      controls: panel,
      setup({ el, id, update }) {
        const controls = rangeControls(el, depthSpecs, id, (key, v) => update({ [key]: v }));
        const root = select(el);
        const svg = el.querySelector<SVGSVGElement>(".gd-svg")!;
        const stopProbe = pointerProbe(svg, frame.width, (px) => update({ depth: Math.round(xScale.invert(px)) }));
        return {
          render(o) {
            const g = depthGeometry(o);
            root.select(".gd-weighted").attr("d", g.weightedPath);
            root.selectAll(".gd-dot, .gd-depth").attr("cx", g.cx).attr("x1", g.cx).attr("x2", g.cx);
            root.select(".gd-dot-bound").attr("cy", g.cyBound);
            root.select(".gd-dot-weighted").attr("cy", g.cyWeighted);
            root.select(".gd-marks").html(offScaleMarkup(g.marks));
            root.select(".gd-readout").text(g.readout);
            root.select(".gd-desc").text(g.description);
            controls.set(o);
          },
          destroy: stopProbe,
        };
      },
    },
    el,
    input,
  );
}
