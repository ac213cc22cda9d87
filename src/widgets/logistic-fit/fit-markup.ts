import { escapeHtml } from "../escape-html.ts";
import { trueMinus } from "../format-number.ts";
import { ticks, xAxisMarkup } from "../chart/axis-markup.ts";
import { round } from "../svg-path.ts";
import { fitData, frame, xScale, yScale, type FitGeometry } from "./fit-geometry.ts";

/** The fit's figure body (SVG, readout, description), shared by the static build and the live widget. */
export function fitMarkup(g: FitGeometry, id: string): string {
  const { width, height, left, right, top, bottom } = frame;
  const yTicks = [0, 0.5, 1]
    .map((v) => `<line class="chart-grid" x1="${left}" x2="${width - right}" y1="${yScale(v)}" y2="${yScale(v)}"/><text class="chart-tick chart-ytick chart-pw-${width - right - (left)}" x="${left - 6}" y="${yScale(v)}" dy="0.32em" text-anchor="end">${v}</text>`)
    .join("");
  const xTicks = xAxisMarkup({ x0: left, x1: width - right, y0: top, y1: bottom }, ticks([-4, -2, 0, 2, 4], xScale, (v) => trueMinus(String(v))), 20);
  // Points are nudged off the 0 and 1 lines in alternation so that overlapping ones stay visible.
  const points = fitData.xs
    .map((x, i) => `<circle class="lf-point lf-${fitData.ys[i]}" r="5" cx="${round(xScale(x))}" cy="${round(yScale(fitData.ys[i]!) + (i % 4 < 2 ? 6 : -6) * (fitData.ys[i] ? 1 : -1))}"/>`)
    .join("");
  return (
    `<svg class="chart-svg lf-svg" viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="${escapeHtml(id)}-desc" focusable="false">` +
    yTicks +
    xTicks +
    `<text class="chart-axis" x="${left}" y="${top - 14}">p(y = 1 | x)</text>` +
    `<line class="lf-boundary" x1="${g.boundaryX ?? -10}" x2="${g.boundaryX ?? -10}" y1="${top}" y2="${bottom}" visibility="${g.boundaryX === undefined ? "hidden" : "visible"}"/>` +
    points +
    `<path class="lf-curve" d="${g.curvePath}"/>` +
    `</svg>` +
    `<p class="chart-readout lf-readout" aria-live="polite">${escapeHtml(g.readout)}</p>` +
    `<p class="lf-desc visually-hidden" id="${escapeHtml(id)}-desc">${escapeHtml(g.description)}</p>`
  );
}
