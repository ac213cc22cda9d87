import { select } from "d3-selection";
import { mountWidget } from "../mount-widget.ts";
import { pointerProbe } from "../pointer-probe.ts";
import { rangeControls } from "../range-controls.ts";
import type { Widget } from "../widget.ts";
import { explorerGeometry, frame, xScale } from "./explorer-geometry.ts";
import { explorerMarkup, readoutText } from "./explorer-markup.ts";
import { explorerOptions, explorerSpecs, type ExplorerOptions } from "./explorer-options.ts";

/** Mounts the live sigmoid explorer on an element (adopting its static figure if the build rendered one). */
export function mount(el: HTMLElement, input: Readonly<Record<string, unknown>> = {}): Widget<ExplorerOptions> {
  return mountWidget(
    {
      prefix: "sx",
      validate: (i) => explorerOptions(i),
      markup: (o, id) => explorerMarkup(explorerGeometry(o), id),
      setup({ el, id, update }) {
        const controls = rangeControls(explorerSpecs, id, (key, value) => update({ [key]: value }));
        el.prepend(controls.element);
        const svg = el.querySelector<SVGSVGElement>(".sx-svg")!;
        const root = select(svg);
        const stopProbe = pointerProbe(svg, frame.width, (px) => update({ x: Math.round(xScale.invert(px) * 10) / 10 }));
        return {
          render(o) {
            const g = explorerGeometry(o);
            root.select(".sx-sigma").attr("d", g.sigmaPath);
            root.select(".sx-dsigma").attr("d", g.dsigmaPath);
            root.select(".sx-step").attr("d", g.stepPath);
            root.select(".sx-probe-line").attr("x1", g.probe.cx).attr("x2", g.probe.cx);
            root.select(".sx-probe:not(.sx-probe-d)").attr("cx", g.probe.cx).attr("cy", g.probe.cySigma);
            root.select(".sx-probe-d").attr("cx", g.probe.cx).attr("cy", g.probe.cyDsigma);
            select(el).select(".sx-readout").text(readoutText(g));
            select(el).select(".sx-desc").text(g.description);
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
