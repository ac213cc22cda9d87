import { escapeHtml } from "../escape-html.ts";
import { offScaleMarkup } from "../chart/off-scale-markup.ts";
import { formatNumber } from "../format-number.ts";
import { NEURON_STEPS } from "./neuron-race-options.ts";
import { frame, xScale, yP, yZ, type NeuronRaceGeometry } from "./neuron-race-geometry.ts";

/** The neuron race's figure body (SVG, legend, readout, description), shared by the static build and the live widget. */
export function neuronRaceMarkup(g: NeuronRaceGeometry, id: string): string {
  const { width, height, left, right, top, bottom } = frame;
  const hLine = (y: number, label: string) =>
    `<line class="chart-grid" x1="${left}" x2="${width - right}" y1="${y}" y2="${y}"/><text class="chart-tick" x="${left - 6}" y="${y}" dy="0.32em" text-anchor="end">${label}</text>`;
  const ticks =
    [0, 0.5, 1].map((v) => hLine(yP(v), String(v))).join("") +
    [-10, 0, 10].map((v) => hLine(yZ(v), formatNumber(v, 0))).join("") +
    [0, NEURON_STEPS / 2, NEURON_STEPS].map((s) => `<text class="chart-tick" x="${xScale(s)}" y="${bottom.y1 + 18}" text-anchor="middle">${s}</text>`).join("");
  const runs = g.runners
    .map(
      (r) =>
        `<path class="nr-curve nr-${r.loss}" d="${r.pPath}"/><path class="nr-curve nr-${r.loss}" d="${r.zPath}"/>` +
        `<circle class="nr-dot nr-p nr-${r.loss}" r="5" cx="${g.stepX}" cy="${r.cyP}"/><circle class="nr-dot nr-z nr-${r.loss}" r="5" cx="${g.stepX}" cy="${r.cyZ}"/>`,
    )
    .join("");
  return (
    `<svg class="chart-svg nr-svg" viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="${id}-desc" focusable="false">` +
    ticks +
    `<text class="chart-axis" x="${left + 6}" y="${top.y0 - 6}">prediction p̃</text><text class="chart-axis" x="${left + 6}" y="${bottom.y0 - 6}">logit x</text>` +
    `<line class="nr-step" x1="${g.stepX}" x2="${g.stepX}" y1="${top.y0}" y2="${bottom.y1}"/>` +
    runs +
    `<g class="chart-marks">${offScaleMarkup(g.marks)}</g>` +
    `</svg>` +
    `<p class="chart-legend"><span class="chart-key nr-mse"></span>squared error <span class="chart-key nr-ce"></span>cross-entropy</p>` +
    `<p class="chart-readout nr-readout" aria-live="polite">${escapeHtml(neuronRaceReadout(g))}</p>` +
    `<p class="nr-desc visually-hidden" id="${id}-desc">${escapeHtml(g.description)}</p>`
  );
}

/** Both runs' predictions at the step being looked at, as one line of text. */
export function neuronRaceReadout(g: NeuronRaceGeometry): string {
  const names = { mse: "MSE", ce: "CE" } as const;
  return g.runners.map((r) => `${names[r.loss]}\u00a0p̃\u00a0=\u00a0${formatNumber(r.p)}`).join(" · ");
}
