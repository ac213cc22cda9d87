import { escapeHtml } from "../escape-html.ts";
import { formatNumber } from "../format-number.ts";
import { COLS, ROWS, frame, weight, type ConceptGeometry } from "./concept-geometry.ts";

const WEIGHT_CLASS: Record<number, string> = { 1: "cd-plus", 0: "cd-zero", [-1]: "cd-minus" };

/** The grid's cells as static spans (the live widget swaps them for toggle buttons). */
export function gridCells(pixels: readonly number[]): string {
  return pixels
    .map((p, i) => `<span class="cd-cell ${WEIGHT_CLASS[weight(i % COLS)]}${p ? " cd-on" : ""}" data-cell="${i}"></span>`)
    .join("");
}

/** The concept detector's figure body (grid, arithmetic, σ plot, description), shared by the build and the live widget. */
export function conceptMarkup(pixels: readonly number[], g: ConceptGeometry, id: string): string {
  const { width, height, left, right, top, bottom } = frame;
  return (
    `<div class="cd-body">` +
    `<div class="cd-grid" role="img" aria-label="Pixel grid, ${COLS} columns by ${ROWS} rows">${gridCells(pixels)}</div>` +
    `<div class="cd-side">` +
    `<p class="cd-sum" aria-live="polite">${escapeHtml(sumText(g))}</p>` +
    `<svg class="chart-svg cd-svg" viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="${escapeHtml(id)}-desc" focusable="false">` +
    `<line class="chart-grid" x1="${left}" x2="${width - right}" y1="${bottom}" y2="${bottom}"/>` +
    `<text class="chart-tick chart-ytick chart-pw-${width - right - (left)}" x="${left - 4}" y="${top + 4}" text-anchor="end">1</text><text class="chart-tick chart-ytick chart-pw-${width - right - (left)}" x="${left - 4}" y="${bottom}" text-anchor="end">0</text>` +
    `<text class="chart-tick" x="${(left + width - right) / 2}" y="${height - 8}" text-anchor="middle">z (from −10 to 10)</text>` +
    `<path class="cd-step" d="${g.stepPath}"/><path class="cd-sigma" d="${g.sigmaPath}"/>` +
    `<circle class="cd-probe cd-probe-step" r="5" cx="${g.probe.cx}" cy="${g.probe.cyStep}"/>` +
    `<circle class="cd-probe cd-probe-sigma" r="6" cx="${g.probe.cx}" cy="${g.probe.cySigma}"/>` +
    `</svg></div></div>` +
    `<p class="cd-desc visually-hidden" id="${escapeHtml(id)}-desc">${escapeHtml(g.description)}</p>`
  );
}

/** The arithmetic, as one line: evidence for, against, bias, and the two outputs. */
export function sumText(g: ConceptGeometry): string {
  const f = (v: number) => formatNumber(v, 2);
  return `z\u00a0=\u00a0${g.positive}\u00a0−\u00a0${g.negative}\u00a0+\u00a0(${f(g.z - g.positive + g.negative)})\u00a0=\u00a0${f(g.z)} · step(z)\u00a0=\u00a0${g.step} · σ(z)\u00a0=\u00a0${f(g.sigma)}`;
}
