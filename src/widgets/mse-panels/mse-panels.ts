import { adoptControl } from "../adopt-control.ts";
import { mountChart } from "../chart/mount-chart.ts";
import { pointerProbe } from "../pointer-probe.ts";
import { rangeControls } from "../range-controls.ts";
import type { Widget } from "../widget.ts";
import { controls as panel, valueText } from "./controls.ts";
import { frame, logitOf, panelsGeometry } from "./panels-geometry.ts";
import { panelsDraw } from "./panels-draw.ts";
import { panelsOptions, panelsSpecs, type PanelsOptions } from "./panels-options.ts";

/** Mounts the live linked panels: one probe shared by all of them (slider, or drag in any panel), the target, and a cross-entropy switch. */
export function mount(el: HTMLElement, input: Readonly<Record<string, unknown>> = {}): Widget<PanelsOptions> {
  return mountChart(
    {
      prefix: "mp",
      validate: (i) => panelsOptions(i),
      draw: panelsDraw,
      controls: panel,
      setup({ el, body, id, update, options }) {
        const { x, p } = panelsSpecs;
        const controls = rangeControls(el, { x, p }, id, (key, v) => update({ [key]: v }), valueText);
        const box = adoptControl<HTMLInputElement>(el, id, "ce");
        box.addEventListener("change", () => update({ ce: box.checked ? 1 : 0 }));
        const layouts = ["wide", "tall"] as const;
        // The panel under the pointer decides whether its horizontal axis is x or p̃.
        const probe = (layout: (typeof layouts)[number]) => (px: number, py: number) => {
          const panels = panelsGeometry(options(), layout).panels;
          const near = (p: (typeof panels)[number]) => Math.abs(py - (p.y0 + p.y1) / 2) + (px >= p.x0 && px <= p.x1 ? 0 : 1e6);
          const target = panels.reduce((a, b) => (near(b) < near(a) ? b : a));
          const v = target.xScale.invert(Math.min(target.x1, Math.max(target.x0, px)));
          update({ x: Math.round((target.axis === "x" ? v : logitOf(v)) * 10) / 10 });
        };
        const stops = layouts.map((layout) => pointerProbe(body.querySelector<SVGSVGElement>(`.mp-${layout}`)!, frame.width, probe(layout)));
        return {
          sync(o) {
            box.checked = o.ce === 1;
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
