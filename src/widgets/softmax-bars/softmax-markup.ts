import { escapeHtml } from "../escape-html.ts";
import { formatNumber } from "../format-number.ts";
import { frame, type SoftmaxGeometry } from "./softmax-geometry.ts";

const HEADINGS = ["log-score s", "eˢ", "eˢ / Σ eˢ"];

/** The softmax figure body (SVG, readout, description), shared by the static build and the live widget. */
export function softmaxMarkup(g: SoftmaxGeometry, id: string): string {
  const headings = frame.columns.map((c, i) => `<text class="sm-head" x="${c.x0}" y="16">${HEADINGS[i]}</text>`).join("");
  const rows = g.rows
    .map(
      (r, i) =>
        `<g class="sm-row" data-row="${i}">` +
        `<text class="sm-label" x="4" y="${r.y + 22}">${escapeHtml(r.label)}</text>` +
        r.bars.map(([x, w], k) => `<rect class="sm-bar sm-bar-${k}" x="${x}" y="${r.y + 6}" width="${w}" height="24"/>`).join("") +
        [r.score, r.exp, r.p]
          .map((v, k) => `<text class="sm-value sm-value-${k}" x="${frame.columns[k]!.x0}" y="${r.y + 46}">${formatNumber(v)}</text>`)
          .join("") +
        `</g>`,
    )
    .join("");
  return (
    `<svg class="chart-svg sm-svg" viewBox="0 0 ${frame.width} ${g.height}" role="img" aria-labelledby="${escapeHtml(id)}-desc" focusable="false">` +
    headings +
    `<line class="sm-zero" x1="${g.zeroX}" x2="${g.zeroX}" y1="${frame.top}" y2="${g.height - 8}"/>` +
    rows +
    `</svg>` +
    `<p class="chart-readout sm-readout" aria-live="polite">${escapeHtml(softmaxReadout(g))}</p>` +
    `<p class="sm-desc visually-hidden" id="${escapeHtml(id)}-desc">${escapeHtml(g.description)}</p>`
  );
}

/** The probabilities, and their sum, as one line of text. */
export function softmaxReadout(g: SoftmaxGeometry): string {
  const sum = g.rows.reduce((s, r) => s + r.p, 0);
  return g.rows.map((r) => `p(${r.label.replace(" ", "\u00a0")})\u00a0=\u00a0${formatNumber(r.p)}`).join(" · ") + ` · sum\u00a0=\u00a0${formatNumber(sum)}`;
}
