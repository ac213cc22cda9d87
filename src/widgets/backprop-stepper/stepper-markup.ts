import { escapeHtml } from "../escape-html.ts";
import { activeTerm, frame, tallFrame, STAGE_FORMULAS, type StepperGeometry } from "./stepper-geometry.ts";
import { productMarkup } from "./stepper-product.ts";

/** The stepper's figure body: the chain drawn with its values, then the list of stages; formulas may come typeset from the build. */
export function stepperMarkup(g: StepperGeometry, id: string, formulas: readonly string[] = STAGE_FORMULAS.map(escapeHtml)): string {
  const stages = formulas
    .map((formula, i) => `<li class="bp-stage" data-stage="${i}"${i > g.stage ? " hidden" : ""}${i === g.stage ? ' aria-current="step"' : ""}><span class="bp-formula">${formula}</span> <span class="bp-value">${escapeHtml(valueText(i, g.values[i]!))}</span></li>`)
    .join("");
  return (
    chainMarkup(g, id, "wide") +
    chainMarkup(g, id, "tall") +
    productMarkup(g.product, g.stage) +
    `<ol class="bp-stages" start="0">${stages}</ol>` +
    `<p class="bp-desc visually-hidden" id="${escapeHtml(id)}-desc">${escapeHtml(g.description)}</p>`
  );
}

/** A stage's value as shown after its formula: the forward pass gives results, the others a single value. */
export function valueText(stage: number, value: string): string {
  return stage === 0 ? `⇒ ${value}` : `= ${value}`;
}

/**
 * The chain as an SVG: in a row ("wide"), or stacked top to bottom with every label beside it ("tall"), which the
 * stylesheet shows instead where the figure is narrow. Both carry the same labels, so one update serves both.
 */
export function chainMarkup(g: StepperGeometry, id: string, shape: "wide" | "tall"): string {
  const tall = shape === "tall";
  const { width, height, nodeR } = tall ? tallFrame : frame;
  // The value the current stage computes is marked, in the chain as in the list of formulas and the product's bars.
  const active = activeTerm(g.stage);
  const on = (yes: boolean) => (yes ? " bp-active" : "");
  // Where unit i sits, and where the labels of unit i and of edge i (from unit i to i + 1) start.
  const at = (i: number) => (tall ? { x: tallFrame.nodeX, y: tallFrame.ys[i]! } : { x: frame.xs[i]!, y: frame.nodeY });
  const text = (cls: string, data: string, x: number, y: number, anchor: string, content: string) =>
    `<text class="${cls}" ${data} x="${x}" y="${y}" text-anchor="${anchor}">${escapeHtml(content)}</text>`;
  const edges = g.edges
    .map((e, i) => {
      const [a, b] = [at(i), at(i + 1)];
      const line = tall
        ? `<line class="bp-edge" x1="${a.x}" x2="${b.x}" y1="${a.y + nodeR}" y2="${b.y - nodeR}"/>`
        : `<line class="bp-edge" x1="${a.x + nodeR}" x2="${b.x - nodeR}" y1="${a.y}" y2="${a.y}"/>`;
      const labels = tall
        ? text("bp-weight", `data-edge="${i}"`, tallFrame.textX, (a.y + b.y) / 2 - 4, "start", e.weight) + text(`bp-update${on(active !== null && "edge" in active && active.edge === i)}`, `data-edge="${i}"`, tallFrame.textX, (a.y + b.y) / 2 + 26, "start", e.update)
        : text("bp-weight", `data-edge="${i}"`, (a.x + b.x) / 2, a.y - 12, "middle", e.weight) + text(`bp-update${on(active !== null && "edge" in active && active.edge === i)}`, `data-edge="${i}"`, (a.x + b.x) / 2, a.y + 22, "middle", e.update);
      return line + labels;
    })
    .join("");
  const nodes = g.nodes
    .map((n, i) => {
      const p = at(i);
      const cls = (line: number) => (line === 2 ? `bp-delta${on(active !== null && "node" in active && active.node === i)}` : `bp-forward${on(active === null)}`);
      const lines = n.lines
        .map((content, line) =>
          tall
            ? text(cls(line), `data-node="${i}" data-line="${line}"`, tallFrame.textX, p.y - 22 + 28 * line, "start", content)
            : text(cls(line), `data-node="${i}" data-line="${line}"`, p.x, p.y + nodeR + 22 + 20 * line, "middle", content),
        )
        .join("");
      return `<circle class="bp-node" cx="${p.x}" cy="${p.y}" r="${nodeR}"/><text class="bp-name" x="${p.x}" y="${p.y}" dy="0.35em" text-anchor="middle">${n.name}</text>` + lines;
    })
    .join("");
  const last = at(3);
  const loss = tall
    ? `<line class="bp-edge" x1="${last.x}" x2="${last.x}" y1="${last.y + nodeR}" y2="${tallFrame.lossY - 22}"/><text class="bp-name" x="${last.x}" y="${tallFrame.lossY}" dy="0.35em" text-anchor="middle">L</text>`
    : `<line class="bp-edge" x1="${last.x + nodeR}" x2="${frame.lossX - 22}" y1="${last.y}" y2="${last.y}"/><text class="bp-name" x="${frame.lossX}" y="${last.y}" dy="0.35em" text-anchor="middle">L</text>`;
  // Only the shown chain names the description; the other is hidden from everyone by the stylesheet.
  return (
    `<svg class="chart-svg bp-svg bp-${shape}" viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="${escapeHtml(id)}-desc" focusable="false">` +
    edges + loss + nodes +
    `</svg>`
  );
}
