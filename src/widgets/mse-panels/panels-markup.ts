import { escapeHtml } from "../escape-html.ts";
import { formatNumber } from "../format-number.ts";
import { offScaleMarkup } from "../chart/off-scale-markup.ts";
import { frame, type Panel, type PanelsGeometry } from "./panels-geometry.ts";

/** The linked panels' figure body (SVG, legend, readout, description), shared by the static build and the live widget. */
export function panelsMarkup(g: PanelsGeometry, id: string): string {
  const ceVisibility = g.showCe ? "visible" : "hidden";
  const panels = g.panels
    .map((p) => {
      const xTicks = (p.axis === "x" ? [-10, 0, 10] : [0, 0.5, 1])
        .map((v, i) => `<text class="chart-tick" x="${p.xScale(v)}" y="${p.y1 + 14}" text-anchor="${["start", "middle", "end"][i]}">${formatNumber(v, p.axis === "x" ? 0 : 1)}</text>`)
        .join("");
      const yTicks = p.yTicks
        .map((t) => `<line class="chart-grid" x1="${p.x0}" x2="${p.x1}" y1="${t.y}" y2="${t.y}"/><text class="chart-tick" x="${p.x0 - 4}" y="${t.y}" dy="0.32em" text-anchor="end">${t.label}</text>`)
        .join("");
      const paths = p.paths
        .map((c) => `<path class="mp-curve mp-${c.role}" d="${c.d}"${c.role === "ce" ? ` visibility="${ceVisibility}"` : ""}/>`)
        .join("");
      const dots = p.probe.cys
        .map((c) => `<circle class="mp-dot mp-${c.role}" r="4.5" cx="${p.probe.cx}" cy="${c.cy}"${c.role === "ce" ? ` visibility="${ceVisibility}"` : ""}/>`)
        .join("");
      return (
        `<g class="mp-panel" data-panel="${p.key}">` +
        `<text class="mp-title" x="${p.x0}" y="${p.y0 - 8}">${escapeHtml(p.title)} <tspan class="mp-axis-name">(against ${p.axis === "x" ? "x" : "p̃"})</tspan></text>` +
        yTicks + xTicks + paths +
        `<line class="mp-probe" x1="${p.probe.cx}" x2="${p.probe.cx}" y1="${p.y0}" y2="${p.y1}"/>` + dots +
        `<g class="mp-marks">${panelMarks(p, g.showCe)}</g>` +
        `</g>`
      );
    })
    .join("");
  return (
    `<svg class="chart-svg mp-svg" viewBox="0 0 ${frame.width} ${g.height}" role="img" aria-labelledby="${id}-desc" focusable="false">${panels}</svg>` +
    `<p class="chart-legend"><span class="chart-key mp-mse"></span>MSE for the chosen target <span class="chart-key mp-ce"></span>cross-entropy <span class="chart-key mp-ref0"></span>MSE, p = 0 <span class="chart-key mp-ref1"></span>MSE, p = 1</p>` +
    `<p class="chart-readout mp-readout" aria-live="polite">${escapeHtml(panelsReadout(g))}</p>` +
    `<p class="mp-desc visually-hidden" id="${id}-desc">${escapeHtml(g.description)}</p>`
  );
}

/** The values at the probe, as one line of text. */
export function panelsReadout(g: PanelsGeometry): string {
  const v = g.values;
  const item = (name: string, x: number) => `${name}\u00a0=\u00a0${formatNumber(x)}`;
  const parts = [item("p̃", v.prediction!), item("MSE", v.mse!), item("∂MSE/∂x", v.dmseDx!)];
  if (g.showCe) parts.push(item("CE", v.ce!), item("∂CE/∂x", v.dceDx!), item("ratio", v.ratio!));
  return parts.join(" · ");
}

/** A panel's off-scale marks (curves and probe dots beyond its frame), cross-entropy's only when it is shown. */
export function panelMarks(p: Panel, showCe: boolean): string {
  const shown = (role: string) => role !== "ce" || showCe;
  return (
    p.paths.filter((c) => shown(c.role)).map((c) => offScaleMarkup(c.marks)).join("") +
    offScaleMarkup(p.probe.cys.filter((c) => shown(c.role) && c.mark).map((c) => c.mark!))
  );
}
