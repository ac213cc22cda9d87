import { escapeHtml } from "../escape-html.ts";
import { formatNumber } from "../format-number.ts";
import { frame, yDsigma, ySigma, type ExplorerGeometry } from "./explorer-geometry.ts";

/** The explorer's figure body as markup (SVG, readout, description), shared by the static build and the live widget. */
export function explorerMarkup(g: ExplorerGeometry, id: string): string {
  const { width, height, left, right, top, bottom } = frame;
  const x1 = width - right;
  const yTick = (y: number, label: string) =>
    `<line class="chart-grid" x1="${left}" x2="${x1}" y1="${y}" y2="${y}"/><text class="chart-tick chart-ytick chart-pw-${x1 - (left)}" x="${left - 6}" y="${y}" dy="0.32em" text-anchor="end">${label}</text>`;
  const xTicks = g.xTicks
    .map((t) => `<text class="chart-tick chart-xtick" x="${t.x}" y="${bottom.y1 + 18}" text-anchor="${Math.abs(t.x - left) < 1 ? "start" : Math.abs(t.x - x1) < 1 ? "end" : "middle"}">${escapeHtml(t.label)}</text>`)
    .join("");
  return (
    `<svg class="chart-svg sx-svg" viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="${escapeHtml(id)}-desc" focusable="false">` +
    [0, 0.5, 1].map((v) => yTick(ySigma(v), String(v))).join("") +
    [0, 0.25].map((v) => yTick(yDsigma(v), String(v))).join("") +
    `<text class="chart-axis" x="${left + 6}" y="${top.y0 + 12}">σ(w·x + b)</text>` +
    `<text class="chart-axis" x="${left + 6}" y="${bottom.y0 - 8}">σ′(w·x + b)</text>` +
    xTicks +
    `<path class="sx-step" d="${g.stepPath}"/>` +
    `<path class="sx-sigma" d="${g.sigmaPath}"/>` +
    `<path class="sx-dsigma" d="${g.dsigmaPath}"/>` +
    `<line class="sx-probe-line" x1="${g.probe.cx}" x2="${g.probe.cx}" y1="${top.y0}" y2="${bottom.y1}"/>` +
    `<circle class="sx-probe" r="6" cx="${g.probe.cx}" cy="${g.probe.cySigma}"/>` +
    `<circle class="sx-probe sx-probe-d" r="6" cx="${g.probe.cx}" cy="${g.probe.cyDsigma}"/>` +
    `</svg>` +
    `<p class="chart-readout sx-readout" aria-live="polite">${escapeHtml(readoutText(g))}</p>` +
    `<p class="sx-desc visually-hidden" id="${escapeHtml(id)}-desc">${escapeHtml(g.description)}</p>`
  );
}

/** The values at the probe, as one line of text. */
export function readoutText(g: ExplorerGeometry): string {
  const r = g.readout;
  // No-break spaces keep each "name = value" whole when the line wraps on a phone.
  const item = (name: string, v: number) => `${name}\u00a0=\u00a0${formatNumber(v)}`;
  return [item("w·x\u00a0+\u00a0b", r.z), item("σ", r.sigma), item("σ′", r.dsigma), item("slope\u00a0w·σ′", r.slope)].join(" · ");
}
