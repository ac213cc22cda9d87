import { escapeHtml } from "../escape-html.ts";
import { offScaleMarkup } from "../chart/off-scale-markup.ts";
import { formatPower } from "../format-number.ts";
import { frame, xScale, yScale, type LstmGeometry } from "./lstm-geometry.ts";

/** The comparison's figure body (SVG, legend, readout, description), shared by the static build and the live widget. */
export function lstmMarkup(g: LstmGeometry, id: string): string {
  const { width, height, left, right, top, bottom } = frame;
  const yTicks = [-40, -30, -20, -10, 0]
    .map((e) => `<line class="chart-grid" x1="${left}" x2="${width - right}" y1="${yScale(10 ** e)}" y2="${yScale(10 ** e)}"/><text class="chart-tick" x="${left - 6}" y="${yScale(10 ** e)}" dy="0.32em" text-anchor="end">${formatPower(e)}</text>`)
    .join("");
  const xTicks = [0, 25, 50, 75, 100].map((t) => `<text class="chart-tick" x="${xScale(t)}" y="${bottom + 20}" text-anchor="middle">${t}</text>`).join("");
  return (
    `<svg class="chart-svg lg-svg" viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="${id}-desc" focusable="false">` +
    yTicks +
    xTicks +
    `<text class="chart-axis" x="${left + 6}" y="${top + 14}">share of a change at step 0 that reaches step t</text>` +
    `<path class="lg-rnn" d="${g.rnnPath}"/><path class="lg-lstm" d="${g.lstmPath}"/>` +
    `<circle class="lg-dot lg-rnn" r="5" cx="${g.cx}" cy="${g.cyRnn}"/><circle class="lg-dot lg-lstm" r="5" cx="${g.cx}" cy="${g.cyLstm}"/>` +
    `<g class="lg-marks">${offScaleMarkup(g.marks)}</g>` +
    `</svg>` +
    `<p class="chart-legend"><span class="chart-key lg-lstm"></span>LSTM cell state <span class="chart-key lg-rnn"></span>tanh RNN</p>` +
    `<p class="chart-readout lg-readout" aria-live="polite">${escapeHtml(g.readout)}</p>` +
    `<p class="lg-desc visually-hidden" id="${id}-desc">${escapeHtml(g.description)}</p>`
  );
}
