import { select } from "d3-selection";
import { adoptControl } from "../adopt-control.ts";
import { mountWidget } from "../mount-widget.ts";
import { pointerProbe } from "../pointer-probe.ts";
import { rangeControls } from "../range-controls.ts";
import type { Widget } from "../widget.ts";
import { controls as panel, valueText } from "./controls.ts";
import { frame, logitOf, panelsGeometry } from "./panels-geometry.ts";
import { panelMarks, panelsMarkup, panelsReadout } from "./panels-markup.ts";
import { panelsOptions, panelsSpecs, type PanelsOptions } from "./panels-options.ts";

/** Mounts the live linked panels: one probe shared by all of them (slider, or drag in any panel), the target, and a cross-entropy switch. */
export function mount(el: HTMLElement, input: Readonly<Record<string, unknown>> = {}): Widget<PanelsOptions> {
  return mountWidget(
    {
      prefix: "mp",
      validate: (i) => panelsOptions(i),
      markup: (o, id) => panelsMarkup(panelsGeometry(o), panelsGeometry(o, "tall"), id),
      controls: panel,
      setup({ el, id, update, options }) {
        const { x, p } = panelsSpecs;
        const controls = rangeControls(el, { x, p }, id, (key, v) => update({ [key]: v }), valueText);
        const box = adoptControl<HTMLInputElement>(el, id, "ce");
        box.addEventListener("change", () => update({ ce: box.checked ? 1 : 0 }));
        const root = select(el);
        const layouts = ["wide", "tall"] as const;
        // The panel under the pointer decides whether its horizontal axis is x or p̃.
        const probe = (layout: (typeof layouts)[number]) => (px: number, py: number) => {
          const panels = panelsGeometry(options(), layout).panels;
          const near = (p: (typeof panels)[number]) => Math.abs(py - (p.y0 + p.y1) / 2) + (px >= p.x0 && px <= p.x1 ? 0 : 1e6);
          const target = panels.reduce((a, b) => (near(b) < near(a) ? b : a));
          const v = target.xScale.invert(Math.min(target.x1, Math.max(target.x0, px)));
          update({ x: Math.round((target.axis === "x" ? v : logitOf(v)) * 10) / 10 });
        };
        const stops = layouts.map((layout) => pointerProbe(el.querySelector<SVGSVGElement>(`.mp-${layout}`)!, frame.width, probe(layout)));
        const ceVisibility = (role: string, showCe: boolean) => (role === "ce" ? (showCe ? "visible" : "hidden") : null);
        // Paths are set again only when they change (a new target or the cross-entropy switch), not for every probe move.
        let drawnKey = "";
        return {
          render(o) {
            const both = layouts.map((layout) => panelsGeometry(o, layout));
            const key = `${o.p}|${o.ce}`;
            const redrawPaths = key !== drawnKey;
            drawnKey = key;
            const g = both[0]!;
            for (const drawn of both) {
              for (const p of drawn.panels) {
                const panel = root.select(`.mp-${drawn.layout} .mp-panel[data-panel="${p.key}"]`);
                if (redrawPaths) {
                  panel.selectAll<SVGPathElement, unknown>(".mp-curve").each(function (_, i) {
                    const c = p.paths[i]!;
                    select(this).attr("d", c.d).attr("visibility", ceVisibility(c.role, g.showCe));
                  });
                }
                panel.select(".mp-marks").html(panelMarks(p, g.showCe));
                panel.select(".mp-probe").attr("x1", p.probe.cx).attr("x2", p.probe.cx);
                panel.selectAll<SVGCircleElement, unknown>(".mp-dot").each(function (_, i) {
                  const c = p.probe.cys[i]!;
                  select(this).attr("cx", p.probe.cx).attr("cy", c.cy).attr("visibility", ceVisibility(c.role, g.showCe));
                });
              }
            }
            root.select(".mp-readout").text(panelsReadout(g));
            root.select(".mp-desc").text(g.description);
            box.checked = g.showCe;
            controls.set(o);
          },
          destroy: () => stops.forEach((stop) => stop()),
        };
      },
    },
    el,
    input,
  );
}
