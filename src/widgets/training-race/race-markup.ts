import { escapeHtml } from "../escape-html.ts";
import { offScaleMarkup } from "../chart/off-scale-markup.ts";
import { formatNumber } from "../format-number.ts";
import { frame, xScale, yScale, type RaceGeometry } from "./race-geometry.ts";

/** The race figure body (SVG, legend, readout, description), shared by the static build and the live widget. */
export function raceMarkup(g: RaceGeometry, id: string): string {
  const { width, height, left, right, top, bottom } = frame;
  const ticks =
    [0, 100, 200, 300, 400].map((s) => `<text class="chart-tick" x="${xScale(s)}" y="${bottom + 18}" text-anchor="middle">${s}</text>`).join("") +
    [0, 0.2, 0.4, 0.6, 0.8]
      .map((v) => `<line class="chart-grid" x1="${left}" x2="${width - right}" y1="${yScale(v)}" y2="${yScale(v)}"/><text class="chart-tick" x="${left - 6}" y="${yScale(v)}" dy="0.32em" text-anchor="end">${v}</text>`)
      .join("");
  const runners = g.runners
    .map((r) => `<path class="tr-curve tr-${r.name}" d="${r.path}"/><circle class="tr-dot tr-${r.name}" r="5" cx="${g.stepX}" cy="${r.cy}"/>`)
    .join("");
  return (
    `<svg class="chart-svg tr-svg" viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="${id}-desc" focusable="false">` +
    ticks +
    `<text class="chart-axis" x="${left + 6}" y="${top + 12}">loss</text>` +
    `<line class="tr-step" x1="${g.stepX}" x2="${g.stepX}" y1="${top}" y2="${bottom}"/>` +
    runners +
    `<g class="chart-marks">${offScaleMarkup(g.marks)}</g>` +
    `</svg>` +
    `<p class="chart-legend">${g.runners.map((r) => `<span class="chart-key tr-${r.name}"></span>${r.name}`).join(" ")}</p>` +
    `<p class="chart-readout tr-readout" aria-live="polite">${escapeHtml(raceReadout(g))}</p>` +
    `<p class="tr-desc visually-hidden" id="${id}-desc">${escapeHtml(g.description)}</p>`
  );
}

/** The losses at the step being looked at, as one line of text. */
export function raceReadout(g: RaceGeometry): string {
  return g.runners.map((r) => `${r.name}\u00a0${formatNumber(r.loss)}`).join(" · ");
}
