import { escapeHtml } from "../escape-html.ts";
import { ticks as tickList, xAxisMarkup } from "../chart/axis-markup.ts";
import { formatNumber } from "../format-number.ts";
import { frame, xScale, yD, yF, type CompareGeometry } from "./compare-geometry.ts";

/** The comparison's figure body (SVG, legend, readout, description), shared by the static build and the live widget. */
export function compareMarkup(g: CompareGeometry, id: string): string {
  const { width, height, left, right, top, bottom } = frame;
  const hLine = (y: number, label: string) =>
    `<line class="chart-grid" x1="${left}" x2="${width - right}" y1="${y}" y2="${y}"/><text class="chart-tick chart-ytick chart-pw-${width - right - (left)}" x="${left - 6}" y="${y}" dy="0.32em" text-anchor="end">${label}</text>`;
  const ticks =
    [0, 1, 4].map((v) => hLine(yF(v), String(v))).join("") +
    [0, 0.25, 1].map((v) => hLine(yD(v), String(v))).join("") +
    xAxisMarkup({ x0: left, x1: width - right, y0: bottom.y0, y1: bottom.y1 }, tickList([-4, -2, 0, 2, 4], xScale, (v) => formatNumber(v, 0)));
  const curves = g.curves
    .map(
      (c) =>
        `<path class="ac-curve ac-${c.name}" d="${c.fPath}"/><path class="ac-curve ac-${c.name}" d="${c.dPath}"/>` +
        `<circle class="ac-dot ac-f ac-${c.name}" r="5" cx="${g.cx}" cy="${c.cyF}"/><circle class="ac-dot ac-d ac-${c.name}" r="5" cx="${g.cx}" cy="${c.cyD}"/>`,
    )
    .join("");
  return (
    `<svg class="chart-svg ac-svg" viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="${escapeHtml(id)}-desc" focusable="false">` +
    ticks +
    `<text class="chart-axis" x="${left + 6}" y="${top.y0 + 12}">f(x)</text><text class="chart-axis" x="${left + 6}" y="${bottom.y0 - 6}">f′(x)</text>` +
    `<line class="ac-probe" x1="${g.cx}" x2="${g.cx}" y1="${top.y0}" y2="${bottom.y1}"/>` +
    curves +
    `</svg>` +
    `<p class="chart-legend">${g.curves.map((c) => `<span class="chart-key ac-${c.name}"></span>${c.name}`).join(" ")}</p>` +
    `<p class="chart-readout ac-readout" aria-live="polite">${escapeHtml(compareReadout(g))}</p>` +
    `<p class="ac-desc visually-hidden" id="${escapeHtml(id)}-desc">${escapeHtml(g.description)}</p>`
  );
}

/** Each activation's derivative at the probe, as one line of text. */
export function compareReadout(g: CompareGeometry): string {
  return g.curves.map((c) => `${c.name}′\u00a0=\u00a0${formatNumber(c.df)}`).join(" · ");
}
