import { escapeHtml } from "../escape-html.ts";
import { offScaleMarkup } from "../chart/off-scale-markup.ts";
import { formatNumber } from "../format-number.ts";
import { round } from "../svg-path.ts";
import { frame, lossY, type SweepPanel } from "./sweep-geometry.ts";

const LOSS_TICKS = [0, 0.25, 0.5];

function panelSvg(p: SweepPanel): string {
  const { width, height, x0, x1, y0, y1, font } = frame;
  const ln2 = round(lossY(Math.LN2));
  return (
    `<svg class="chart-svg ds-panel" viewBox="0 0 ${width} ${height}" font-size="${font}" aria-hidden="true" focusable="false">` +
    `<text class="chart-axis" x="${x0}" y="${y0 - 12}">${escapeHtml(p.title)}</text>` +
    LOSS_TICKS.map((v) => `<line class="chart-grid" x1="${x0}" x2="${x1}" y1="${round(lossY(v))}" y2="${round(lossY(v))}"/><text class="chart-tick" x="${x0 - 6}" y="${round(lossY(v))}" dy="0.32em" text-anchor="end">${v}</text>`).join("") +
    `<line class="ds-ln2" x1="${x0}" x2="${x1}" y1="${ln2}" y2="${ln2}"/><text class="chart-tick" x="${x0 - 6}" y="${ln2}" dy="0.32em" text-anchor="end">ln 2</text>` +
    p.ticks.map((t) => `<text class="chart-tick" x="${t.at}" y="${y1 + 16}" text-anchor="middle">${t.depth}</text>`).join("") +
    `<text class="chart-tick" x="${x1}" y="${y1 + 34}" text-anchor="end">hidden layers</text>` +
    `<path class="ds-line" d="${p.path}"/>` +
    p.dots.map((d) => `<circle class="ds-dot" r="3.5" cx="${d.cx}" cy="${d.cy}"/>`).join("") +
    `<g class="chart-marks">${offScaleMarkup(p.marks)}</g></svg>`
  );
}

/** The depth sweep's figure body: a line saying what was trained, one small multiple per preset, and their description. */
export function sweepMarkup(panels: readonly SweepPanel[], id: string, setting: string): string {
  const pct = (v: number) => `${Math.round(v * 100)} %`;
  const description =
    `Loss after training, against the number of hidden layers. ${setting} ` +
    panels.map((p) => `${p.title}: ${p.points.map((q) => `depth ${q.depth}: loss ${formatNumber(q.loss)}, ${pct(q.accuracy)} right`).join("; ")}.`).join(" ");
  return (
    `<p class="ds-head">${escapeHtml(setting)}</p>` +
    `<div class="ds-panels" role="img" aria-labelledby="${escapeHtml(id)}-desc">${panels.map(panelSvg).join("")}</div>` +
    `<p class="visually-hidden" id="${escapeHtml(id)}-desc">${escapeHtml(description)}</p>`
  );
}
