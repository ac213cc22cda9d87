import { escapeHtml } from "../escape-html.ts";
import { ticks, xAxisMarkup } from "../chart/axis-markup.ts";
import { frame, logLScale, referencePath, tScale, yScale, type NatureGeometry } from "./nature-geometry.ts";

/** The figure body (SVG, readout, description), shared by the static build and the live widget. */
export function natureMarkup(g: NatureGeometry, id: string): string {
  const { width, height, top, bottom, hill, growth } = frame;
  const yTicks = (x0: number, x1: number) =>
    [0, 0.5, 1].map((v) => `<line class="chart-grid" x1="${x0}" x2="${x1}" y1="${yScale(v)}" y2="${yScale(v)}"/><text class="chart-tick chart-ytick chart-pw-${x1 - (x0)}" x="${x0 - 6}" y="${yScale(v)}" dy="0.32em" text-anchor="end">${v}</text>`).join("");
  const lTicks = [
    [-2, "K/100"],
    [0, "K"],
    [2, "100K"],
  ]
    .map(([l, label], i, all) => `<text class="chart-tick chart-xtick" x="${logLScale(l as number)}" y="${bottom + 20}" text-anchor="${i === 0 ? "start" : i === all.length - 1 ? "end" : "middle"}">${label}</text>`)
    .join("");
  const tTicks = xAxisMarkup({ x0: growth.x0, x1: growth.x1, y0: top, y1: bottom }, ticks([0, 10, 20], tScale, String), 20);
  return (
    `<svg class="chart-svg nc-svg" viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="${escapeHtml(id)}-desc" focusable="false">` +
    yTicks(hill.x0, hill.x1) +
    yTicks(growth.x0, growth.x1) +
    lTicks +
    tTicks +
    `<text class="chart-axis" x="${hill.x0}" y="${top - 12}">θ against log L</text>` +
    `<text class="chart-axis" x="${growth.x0}" y="${top - 12}">P/K over time</text>` +
    `<path class="nc-reference" d="${referencePath}"/>` +
    `<path class="nc-hill" d="${g.hillPath}"/>` +
    `<path class="nc-growth" d="${g.growthPath}"/>` +
    `</svg>` +
    `<p class="chart-readout nc-readout" aria-live="polite">${escapeHtml(g.readout)}</p>` +
    `<p class="nc-desc visually-hidden" id="${escapeHtml(id)}-desc">${escapeHtml(g.description)}</p>`
  );
}
