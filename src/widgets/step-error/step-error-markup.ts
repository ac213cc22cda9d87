import { escapeHtml } from "../escape-html.ts";
import { offScaleMarkup } from "../chart/off-scale-markup.ts";
import { trueMinus } from "../format-number.ts";
import { frame, xScale, yScale, type StepErrorGeometry } from "./step-error-geometry.ts";

const SUPERSCRIPT = "⁰¹²³⁴⁵⁶⁷⁸⁹";
const power = (k: number) => "10" + (k < 0 ? "⁻" : "") + [...String(Math.abs(k))].map((d) => SUPERSCRIPT[Number(d)]).join("");

/** The step-error figure body (SVG, readout, description), shared by the static build and the live widget. */
export function stepErrorMarkup(g: StepErrorGeometry, id: string): string {
  const { width, height, left, right, top, bottom } = frame;
  const x1 = width - right;
  const xTicks = [-12, -10, -8, -6, -4, -2]
    .map((k) => `<text class="chart-tick" x="${xScale(k)}" y="${bottom + 18}" text-anchor="middle">${power(k)}</text>`)
    .join("");
  const yTicks = [-16, -12, -8, -4, 0]
    .map(
      (k) =>
        `<line class="chart-grid" x1="${left}" x2="${x1}" y1="${yScale(k)}" y2="${yScale(k)}"/>` +
        `<text class="chart-tick" x="${left - 6}" y="${yScale(k)}" dy="0.32em" text-anchor="end">${power(k)}</text>`,
    )
    .join("");
  const marks = (m: StepErrorGeometry["forward"], cls: string) =>
    `<path class="se-curve ${cls}" d="${m.path}"/>` +
    `<circle class="se-best ${cls}" r="5" cx="${m.best.cx}" cy="${m.best.cy}"/>` +
    `<circle class="se-at ${cls}" r="6" cx="${m.at.cx}" cy="${m.at.cy}"/>`;
  return (
    `<svg class="chart-svg se-svg" viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="${id}-desc" focusable="false">` +
    yTicks +
    xTicks +
    `<text class="chart-axis" x="${x1}" y="${height - 4}" text-anchor="end">step size ε</text>` +
    `<text class="chart-axis" x="${left + 6}" y="${top + 12}">relative error</text>` +
    `<line class="se-eps" x1="${g.epsX}" x2="${g.epsX}" y1="${top}" y2="${bottom}"/>` +
    marks(g.forward, "se-forward") +
    marks(g.central, "se-central") +
    `<g class="chart-marks">${offScaleMarkup(g.marks)}</g>` +
    `</svg>` +
    `<p class="chart-legend"><span class="chart-key se-forward"></span>forward difference <span class="chart-key se-central"></span>central difference; hollow dots mark each one's best ε</p>` +
    `<p class="chart-readout se-readout" aria-live="polite">${escapeHtml(stepErrorReadout(g))}</p>` +
    `<p class="se-desc visually-hidden" id="${id}-desc">${escapeHtml(g.description)}</p>`
  );
}

/** The errors at the chosen ε, as one line of text. */
export function stepErrorReadout(g: StepErrorGeometry): string {
  const e = (v: number) => trueMinus(v.toExponential(2));
  return `ε\u00a0=\u00a0${e(g.forward.at.eps)} · forward\u00a0error\u00a0${e(g.forward.at.error)} · central\u00a0error\u00a0${e(g.central.at.error)}`;
}
