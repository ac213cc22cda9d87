import { escapeHtml } from "../escape-html.ts";
import { formatNumber } from "../format-number.ts";
import { frame, type AutodiffGeometry, type GraphNode } from "./autodiff-geometry.ts";

/** The forward line of a node at a step ("?" until it is computed). */
export function forwardText(n: GraphNode, step: number): string {
  return `${n.key} = ${step >= n.forwardAt ? formatNumber(n.data) : "?"}`;
}

/** The gradient line of a node at a step ("?" until backward reaches it). */
export function gradText(n: GraphNode, step: number): string {
  return `∂y/∂${n.key} = ${step >= n.backwardAt ? formatNumber(n.grad) : "?"}`;
}

/** The autodiff graph's figure body (SVG, step explanation, description), shared by the static build and the live widget. */
export function autodiffMarkup(g: AutodiffGeometry, id: string): string {
  const at = (k: string) => g.nodes.find((n) => n.key === k)!;
  const edges = g.edges
    .map(([a, b]) => {
      const [p, q] = [at(a), at(b)];
      return `<line class="ad-edge" x1="${p.cx + frame.boxW / 2}" y1="${p.cy}" x2="${q.cx - frame.boxW / 2}" y2="${q.cy}" marker-end="url(#${escapeHtml(id)}-arrow)"/>`;
    })
    .join("");
  const nodes = g.nodes
    .map(
      (n) =>
        `<g class="ad-node" data-node="${n.key}">` +
        `<rect x="${n.cx - frame.boxW / 2}" y="${n.cy - frame.boxH / 2}" width="${frame.boxW}" height="${frame.boxH}" rx="6"/>` +
        `<text class="ad-name" x="${n.cx}" y="${n.cy - 30}" text-anchor="middle">${escapeHtml(n.name)}</text>` +
        `<text class="ad-fwd" x="${n.cx}" y="${n.cy - 4}" text-anchor="middle">${escapeHtml(forwardText(n, g.step))}</text>` +
        `<text class="ad-grad" x="${n.cx}" y="${n.cy + 18}" text-anchor="middle">${escapeHtml(gradText(n, g.step))}</text>` +
        `</g>`,
    )
    .join("");
  return (
    `<svg class="chart-svg ad-svg" viewBox="0 0 ${frame.width} ${frame.height}" role="img" aria-labelledby="${escapeHtml(id)}-desc" focusable="false">` +
    `<defs><marker id="${escapeHtml(id)}-arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="7" markerHeight="7" orient="auto"><path d="M0,0L10,5L0,10z" class="ad-arrow"/></marker></defs>` +
    edges +
    nodes +
    `</svg>` +
    `<p class="ad-explain" aria-live="polite">${escapeHtml(g.explanation)}</p>` +
    `<p class="ad-desc visually-hidden" id="${escapeHtml(id)}-desc">${escapeHtml(g.description)}</p>`
  );
}
