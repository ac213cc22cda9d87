import { escapeHtml } from "../escape-html.ts";
import { offScaleMarkup } from "../chart/off-scale-markup.ts";
import { formatPower } from "../format-number.ts";
import { boundPath, frame, xScale, yScale, type DepthGeometry } from "./depth-geometry.ts";

/** The depth product's figure body (SVG, legend, readout, description), shared by the static build and the live widget. */
export function depthMarkup(g: DepthGeometry, id: string): string {
  const { width, height, left, right, top, bottom } = frame;
  const yTicks = [-60, -40, -20, 0, 20]
    .map((e) => `<line class="chart-grid${e === 0 ? " gd-one" : ""}" x1="${left}" x2="${width - right}" y1="${yScale(10 ** e)}" y2="${yScale(10 ** e)}"/><text class="chart-tick" x="${left - 6}" y="${yScale(10 ** e)}" dy="0.32em" text-anchor="end">${formatPower(e)}</text>`)
    .join("");
  const xTicks = [0, 25, 50, 75, 100].map((n) => `<text class="chart-tick" x="${xScale(n)}" y="${bottom + 20}" text-anchor="middle">${n}</text>`).join("");
  return (
    `<svg class="chart-svg gd-svg" viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="${id}-desc" focusable="false">` +
    yTicks +
    xTicks +
    `<text class="chart-axis" x="${left + 6}" y="${top + 14}">product of the per-layer factors</text>` +
    `<path class="gd-weighted" d="${g.weightedPath}"/>` +
    `<path class="gd-bound" d="${boundPath}"/>` +
    `<line class="gd-depth" x1="${g.cx}" x2="${g.cx}" y1="${top}" y2="${bottom}"/>` +
    `<circle class="gd-dot gd-dot-bound" r="5" cx="${g.cx}" cy="${g.cyBound}"/>` +
    `<circle class="gd-dot gd-dot-weighted" r="5" cx="${g.cx}" cy="${g.cyWeighted}"/>` +
    `<g class="gd-marks">${offScaleMarkup(g.marks)}</g>` +
    `</svg>` +
    `<p class="chart-legend"><span class="chart-key gd-key-bound"></span>σ′ alone, 0.25 per layer <span class="chart-key gd-key-weighted"></span>with the weights, |w|·σ′(z) per layer</p>` +
    `<p class="chart-readout gd-readout" aria-live="polite">${escapeHtml(g.readout)}</p>` +
    `<p class="gd-desc visually-hidden" id="${id}-desc">${escapeHtml(g.description)}</p>`
  );
}
