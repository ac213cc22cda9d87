import { select } from "d3-selection";
import { mountWidget } from "../mount-widget.ts";
import { pointerProbe } from "../pointer-probe.ts";
import { rangeControls } from "../range-controls.ts";
import type { Widget } from "../widget.ts";
import { compareGeometry, frame, xScale } from "./compare-geometry.ts";
import { compareMarkup, compareReadout } from "./compare-markup.ts";
import { compareOptions, compareSpecs, type CompareOptions } from "./compare-options.ts";

/** Mounts the live comparison of σ, tanh and ReLU: a probe slider, and dragging across the plot. */
export function mount(el: HTMLElement, input: Readonly<Record<string, unknown>> = {}): Widget<CompareOptions> {
  return mountWidget(
    {
      prefix: "ac",
      validate: (i) => compareOptions(i),
      markup: (o, id) => compareMarkup(compareGeometry(o), id),
      setup({ el, id, update }) {
        const controls = rangeControls(compareSpecs, id, (key, v) => update({ [key]: v }));
        el.prepend(controls.element);
        const root = select(el);
        const svg = el.querySelector<SVGSVGElement>(".ac-svg")!;
        const stopProbe = pointerProbe(svg, frame.width, (px) => update({ x: Math.round(xScale.invert(px) * 10) / 10 }));
        return {
          render(o) {
            const g = compareGeometry(o);
            for (const c of g.curves) {
              root.select(`.ac-f.ac-${c.name}`).attr("cx", g.cx).attr("cy", c.cyF);
              root.select(`.ac-d.ac-${c.name}`).attr("cx", g.cx).attr("cy", c.cyD);
            }
            root.select(".ac-probe").attr("x1", g.cx).attr("x2", g.cx);
            root.select(".ac-readout").text(compareReadout(g));
            root.select(".ac-desc").text(g.description);
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
