import { ticks, xAxisMarks } from "../chart/axis-markup.ts";
import { chartSvg, descriptionMark, legendMarks, readoutMark, yGridMarks } from "../chart/figure-marks.ts";
import { h, type Mark } from "../chart/mark.ts";
import { offScaleMarks } from "../chart/off-scale-markup.ts";
import { mergeMarks, type OffScaleMark } from "../chart/plot-series.ts";
import { formatNumber } from "../format-number.ts";
import { frame, panelsGeometry, type Panel, type PanelsGeometry } from "./panels-geometry.ts";
import type { PanelsOptions } from "./panels-options.ts";

// A gridline's value in the fewest decimals that write it exactly: σ′'s middle gridline is 0.125, which two decimals called 0.13.
const tickLabel = (v: number) => formatNumber(v, [0, 1, 2, 3].find((k) => Number(v.toFixed(k)) === v) ?? 3);

const LEGEND = legendMarks([
  { cls: "mp-mse", label: "MSE for the chosen target" },
  { cls: "mp-ce", label: "cross-entropy" },
  { cls: "mp-ref0", label: "MSE, p = 0" },
  { cls: "mp-ref1", label: "MSE, p = 1" },
]);

/** The linked panels' figure body (both layouts' SVGs, legend, readout, description) for one state: what the build writes and every update joins. */
export function panelsDraw(o: PanelsOptions, id: string): Mark[] {
  const wide = panelsGeometry(o);
  return [
    panelsSvg(wide, id),
    panelsSvg(panelsGeometry(o, "tall"), id),
    LEGEND,
    readoutMark("mp-readout", panelsReadout(wide)),
    descriptionMark("mp", id, wide.description),
  ];
}

/** Cross-entropy's curve and dot are always drawn, and hidden while the switch is off. */
const ceVisibility = (role: string, showCe: boolean) => (role === "ce" ? (showCe ? "visible" : "hidden") : null);

// Parts made once and kept, so that a live update (the join skips a mark it applied last time) compares only what moves:
// a panel's title and axes never change, and its curves change only with the target and the switch.
const axesKept = new Map<string, Mark>();
const curvesKept = [new WeakMap<Panel["paths"], Mark>(), new WeakMap<Panel["paths"], Mark>()] as const;

/** A panel's title, gridlines and ticks, the same for every state. */
function axesMarks(p: Panel, layout: string): Mark {
  const key = `${layout} ${p.key}`;
  if (!axesKept.has(key)) {
    const box = { x0: p.x0, x1: p.x1, y0: p.y0, y1: p.y1 };
    const xTicks = p.axis === "x" ? ticks([-10, 0, 10], p.xScale, (v) => formatNumber(v, 0)) : ticks([0, 0.5, 1], p.xScale, (v) => formatNumber(v, 1));
    axesKept.set(
      key,
      h("g", { class: "mp-axes" }, [
        h("text", { class: "mp-title", x: p.x0, y: p.y0 - 8 }, [h("tspan", {}, `${p.title} `), h("tspan", { class: "mp-axis-name" }, `(against ${p.axis === "x" ? "x" : "p̃"})`)]),
        ...yGridMarks(box, p.yTicks, p.yScale, tickLabel),
        ...xAxisMarks(box, xTicks, 14),
      ]),
    );
  }
  return axesKept.get(key)!;
}

/** A panel's curves, kept for as long as the geometry keeps their paths. */
function curveMarks(p: Panel, showCe: boolean): Mark {
  const kept = curvesKept[showCe ? 1 : 0];
  if (!kept.has(p.paths)) kept.set(p.paths, h("g", { class: "mp-curves" }, p.paths.map((c) => h("path", { class: `mp-curve mp-${c.role}`, d: c.d, visibility: ceVisibility(c.role, showCe) }))));
  return kept.get(p.paths)!;
}

/** One panel: title and axes, curves, the probe and its dots, and the marks of what lies beyond its frame. */
function panelMarks(p: Panel, layout: string, showCe: boolean): Mark {
  return h("g", { class: "mp-panel", "data-panel": p.key }, [
    axesMarks(p, layout),
    curveMarks(p, showCe),
    h("line", { class: "mp-probe", x1: p.probe.cx, x2: p.probe.cx, y1: p.y0, y2: p.y1 }),
    ...p.probe.cys.map((c) => h("circle", { class: `mp-dot mp-${c.role}`, r: 4.5, cx: p.probe.cx, cy: c.cy, visibility: ceVisibility(c.role, showCe) })),
    h("g", { class: "chart-marks" }, offScaleMarks(shownMarks(p, showCe))),
  ]);
}

/** One layout's SVG: two columns ("wide") or one ("tall", shown where the figure is narrow). */
function panelsSvg(g: PanelsGeometry, id: string): Mark {
  return chartSvg(`mp-svg mp-${g.layout}`, { width: frame.width, height: g.height }, id, g.panels.map((p) => panelMarks(p, g.layout, g.showCe)));
}

/** The values at the probe, as one line of text. */
function panelsReadout(g: PanelsGeometry): string {
  const v = g.values;
  const item = (name: string, x: number) => `${name}\u00a0=\u00a0${formatNumber(x)}`;
  const parts = [item("p̃", v.prediction!), item("MSE", v.mse!), item("∂MSE/∂x", v.dmseDx!)];
  if (g.showCe) parts.push(item("CE", v.ce!), item("∂CE/∂x", v.dceDx!), item("ratio", v.ratio!));
  return parts.join(" · ");
}

/** A panel's off-scale marks (curves and probe dots beyond its frame), cross-entropy's only when it is shown. */
function shownMarks(p: Panel, showCe: boolean): OffScaleMark[] {
  const shown = (role: string) => role !== "ce" || showCe;
  const curves = p.paths.filter((c) => shown(c.role)).flatMap((c) => c.marks);
  return mergeMarks(curves, p.probe.cys.filter((c) => shown(c.role)).map((c) => c.mark));
}
