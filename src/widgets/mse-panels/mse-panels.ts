import { select } from "d3-selection";
import { formatNumber } from "../format-number.ts";
import { mountWidget } from "../mount-widget.ts";
import { pointerProbe } from "../pointer-probe.ts";
import { rangeControls } from "../range-controls.ts";
import type { Widget } from "../widget.ts";
import { frame, logitOf, panelsGeometry } from "./panels-geometry.ts";
import { panelMarks, panelsMarkup, panelsReadout } from "./panels-markup.ts";
import { panelsOptions, panelsSpecs, type PanelsOptions } from "./panels-options.ts";

/** Mounts the live linked panels: one probe shared by all of them (slider, or drag in any panel), the target, and a cross-entropy switch. */
export function mount(el: HTMLElement, input: Readonly<Record<string, unknown>> = {}): Widget<PanelsOptions> {
  return mountWidget(
    {
      prefix: "mp",
      validate: (i) => panelsOptions(i),
      markup: (o, id) => panelsMarkup(panelsGeometry(o), id),
      setup({ el, id, update, options }) {
        const { x, p } = panelsSpecs;
        const controls = rangeControls({ x, p }, id, (key, v) => update({ [key]: v }), (key, v) => formatNumber(v, key === "p" ? 2 : 1));
        const toggle = document.createElement("label");
        toggle.className = "mp-toggle";
        const box = document.createElement("input");
        box.type = "checkbox";
        box.addEventListener("change", () => update({ ce: box.checked ? 1 : 0 }));
        toggle.append(box, document.createTextNode(" show binary cross-entropy beside MSE"));
        el.prepend(controls.element, toggle);
        const svg = el.querySelector<SVGSVGElement>(".mp-svg")!;
        const root = select(el);
        const stopProbe = pointerProbe(svg, frame.width, (px, py) => {
          // The panel under the pointer decides whether its horizontal axis is x or p̃.
          const panels = panelsGeometry(options()).panels;
          const near = (p: (typeof panels)[number]) => Math.abs(py - (p.y0 + p.y1) / 2) + (px >= p.x0 && px <= p.x1 ? 0 : 1e6);
          const target = panels.reduce((a, b) => (near(b) < near(a) ? b : a));
          const v = target.xScale.invert(Math.min(target.x1, Math.max(target.x0, px)));
          update({ x: Math.round((target.axis === "x" ? v : logitOf(v)) * 10) / 10 });
        });
        return {
          render(o) {
            const g = panelsGeometry(o);
            for (const p of g.panels) {
              const panel = root.select(`.mp-panel[data-panel="${p.key}"]`);
              panel.selectAll<SVGPathElement, unknown>(".mp-curve").each(function (_, i) {
                const c = p.paths[i]!;
                select(this).attr("d", c.d).attr("visibility", c.role === "ce" ? (g.showCe ? "visible" : "hidden") : null);
              });
              panel.select(".mp-marks").html(panelMarks(p, g.showCe));
              panel.select(".mp-probe").attr("x1", p.probe.cx).attr("x2", p.probe.cx);
              panel.selectAll<SVGCircleElement, unknown>(".mp-dot").each(function (_, i) {
                const c = p.probe.cys[i]!;
                select(this).attr("cx", p.probe.cx).attr("cy", c.cy).attr("visibility", c.role === "ce" ? (g.showCe ? "visible" : "hidden") : null);
              });
            }
            root.select(".mp-readout").text(panelsReadout(g));
            root.select(".mp-desc").text(g.description);
            box.checked = g.showCe;
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
