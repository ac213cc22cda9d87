import { escapeHtml } from "../escape-html.ts";
import { offScaleMarkup } from "../chart/off-scale-markup.ts";
import { trueMinus } from "../format-number.ts";
import { frame, w1Scale, w2Scale, type ZigzagGeometry } from "./zigzag-geometry.ts";

/** The zig-zag's figure body (SVG, legend, readout, description), shared by the static build and the live widget. */
export function zigzagMarkup(g: ZigzagGeometry, id: string): string {
  const { width, height, left, size, top } = frame;
  const grid =
    [-0.5, 0, 0.5, 1, 1.5].map((v) => `<line class="chart-grid" x1="${w1Scale(v)}" x2="${w1Scale(v)}" y1="${top}" y2="${top + size}"/><text class="chart-tick" x="${w1Scale(v)}" y="${top + size + 18}" text-anchor="middle">${trueMinus(String(v))}</text>`).join("") +
    [-1.5, -1, -0.5, 0, 0.5].map((v) => `<line class="chart-grid" x1="${left}" x2="${left + size}" y1="${w2Scale(v)}" y2="${w2Scale(v)}"/><text class="chart-tick" x="${left - 6}" y="${w2Scale(v)}" dy="0.32em" text-anchor="end">${trueMinus(String(v))}</text>`).join("");
  return (
    `<svg class="chart-svg zz-svg" viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="${id}-desc" focusable="false">` +
    grid +
    `<text class="chart-axis" x="${left + size + 8}" y="${w2Scale(0)}" dy="0.32em">w₁</text><text class="chart-axis" x="${w1Scale(0)}" y="${top - 0}" dy="-0.2em" text-anchor="middle">w₂</text>` +
    `<path class="zz-target" d="M${g.target.cx - 8},${g.target.cy}h16M${g.target.cx},${g.target.cy - 8}v16"/>` +
    g.runs.map((r) => `<path class="zz-path zz-${r.name}" d="${r.path}"/><circle class="zz-dot zz-${r.name}" r="5" cx="${r.cx}" cy="${r.cy}"/>`).join("") +
    `<g class="zz-marks">${zigzagMarks(g)}</g>` +
    `</svg>` +
    `<p class="chart-legend"><span class="chart-key zz-positive"></span>all-positive inputs <span class="chart-key zz-centred"></span>zero-centred inputs; the cross is the target (1, −1)</p>` +
    `<p class="chart-readout zz-readout" aria-live="polite">${escapeHtml(g.readout)}</p>` +
    `<p class="zz-desc visually-hidden" id="${id}-desc">${escapeHtml(g.description)}</p>`
  );
}

/** Both paths' off-scale marks. */
export function zigzagMarks(g: ZigzagGeometry): string {
  return g.runs.map((r) => offScaleMarkup(r.marks)).join("");
}
