import { escapeHtml } from "../escape-html.ts";
import { ticks as tickList, xAxisMarkup } from "../chart/axis-markup.ts";
import { offScaleMarkup } from "../chart/off-scale-markup.ts";
import { formatNumber } from "../format-number.ts";
import { frame, xScale, yScale, type TowersGeometry } from "./towers-geometry.ts";

/** The towers figure body (SVG, readout, description), shared by the static build and the live widget. */
export function towersMarkup(g: TowersGeometry, id: string): string {
  const { width, height, left, right, bottom } = frame;
  const ticks =
    xAxisMarkup({ x0: left, x1: width - right, y0: 0, y1: bottom }, tickList([0, 0.5, 1], xScale, String)) +
    [0, 0.5, 1]
      .map((v) => `<line class="chart-grid" x1="${left}" x2="${width - right}" y1="${yScale(v)}" y2="${yScale(v)}"/><text class="chart-tick chart-ytick chart-pw-${width - right - (left)}" x="${left - 6}" y="${yScale(v)}" dy="0.32em" text-anchor="end">${v}</text>`)
      .join("");
  return (
    `<svg class="chart-svg tw-svg" viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="${escapeHtml(id)}-desc" focusable="false">` +
    ticks +
    `<path class="tw-towers" d="${g.towersPath}"/><path class="tw-target" d="${g.targetPath}"/><path class="tw-approx" d="${g.approxPath}"/>` +
    `<g class="chart-marks">${offScaleMarkup(g.marks)}</g>` +
    `</svg>` +
    `<p class="chart-readout tw-readout" aria-live="polite">${escapeHtml(towersReadout(g))}</p>` +
    `<p class="tw-desc visually-hidden" id="${escapeHtml(id)}-desc">${escapeHtml(g.description)}</p>`
  );
}

/** The approximation error, as one line of text. */
export function towersReadout(g: TowersGeometry): string {
  return `largest\u00a0error\u00a0${formatNumber(g.error.max)} · RMS\u00a0error\u00a0${formatNumber(g.error.rms)}`;
}
