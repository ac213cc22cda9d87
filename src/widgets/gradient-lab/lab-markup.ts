import { GRID, labData } from "../../grad/lab-trainer.ts";
import { escapeHtml } from "../escape-html.ts";
import { offScaleMarkup } from "../chart/off-scale-markup.ts";
import { formatPower } from "../format-number.ts";
import { round } from "../svg-path.ts";
import { cellRect, frame, lossY, normScale, regionX, regionY, type LabBar, type LabGeometry } from "./lab-geometry.ts";

/** One layer's bar and its label (numbers only, so the markup never carries input text). */
export function barMarkup(b: LabBar): string {
  return (
    `<text class="chart-tick" x="${frame.bars.x0 - 6}" y="${round(b.y + b.height / 2)}" dy="0.32em" text-anchor="end">${b.label}</text>` +
    `<rect class="gl-bar" x="${frame.bars.x0}" y="${b.y}" width="${round(b.x1 - frame.bars.x0)}" height="${b.height}"/>` +
    offScaleMarkup(b.mark ? [b.mark] : [])
  );
}

/** The lab's figure body (SVG, readout, description), shared by the static build and the live widget. */
export function labMarkup(g: LabGeometry, id: string): string {
  const { width, height, region, bars, loss } = frame;
  const cells = Array.from({ length: GRID * GRID }, (_, i) => {
    const c = cellRect(i);
    const cell = g.cells[i]!;
    return `<rect class="gl-cell ${cell.inside ? "gl-in" : "gl-out"}" x="${c.x}" y="${c.y}" width="${round(c.size + 0.2)}" height="${round(c.size + 0.2)}" fill-opacity="${cell.opacity}"/>`;
  }).join("");
  const points = labData.xs
    .map(([x, y], i) => `<circle class="gl-point ${labData.ys[i] === 1 ? "gl-in" : "gl-out"}" r="3.5" cx="${round(regionX(x))}" cy="${round(regionY(y))}"/>`)
    .join("");
  const normTicks = [1e-20, 1e-15, 1e-10, 1e-5, 1]
    .map((v) => `<line class="chart-grid" x1="${round(normScale(v))}" x2="${round(normScale(v))}" y1="${bars.y0}" y2="${bars.y1}"/><text class="chart-tick" x="${round(normScale(v))}" y="${bars.y1 + 16}" text-anchor="middle">${formatPower(Math.log10(v))}</text>`)
    .join("");
  const lossTicks = [0, 0.5, 1]
    .map((v) => `<line class="chart-grid" x1="${loss.x0}" x2="${loss.x1}" y1="${lossY(v)}" y2="${lossY(v)}"/><text class="chart-tick" x="${loss.x0 - 6}" y="${lossY(v)}" dy="0.32em" text-anchor="end">${v}</text>`)
    .join("");
  return (
    `<svg class="chart-svg gl-svg" viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="${id}-desc" focusable="false">` +
    `<text class="chart-axis" x="${region.x0}" y="${region.y0 - 8}">decision region and data</text>` +
    `<g class="gl-cells">${cells}</g>${points}` +
    `<text class="chart-axis" x="${bars.x0}" y="${bars.y0 - 8}">gradient norm per layer (log scale)</text>${normTicks}` +
    `<g class="gl-bars">${g.bars.map(barMarkup).join("")}</g>` +
    `<text class="chart-axis" x="${loss.x0}" y="${loss.y0 - 8}">loss</text>${lossTicks}` +
    `<text class="chart-tick gl-steps" x="${loss.x1}" y="${loss.y1 + 16}" text-anchor="end">${g.lossSteps} steps</text>` +
    `<path class="gl-loss" d="${g.lossPath}"/>` +
    `<g class="gl-loss-marks">${offScaleMarkup(g.lossMarks)}</g>` +
    `</svg>` +
    `<p class="chart-readout gl-readout" aria-live="polite">${escapeHtml(g.readout)}</p>` +
    `<p class="gl-desc visually-hidden" id="${id}-desc">${escapeHtml(g.description)}</p>`
  );
}
