import { escapeHtml } from "../escape-html.ts";
import { activeTerm, frame, STAGE_FORMULAS, type StepperGeometry } from "./stepper-geometry.ts";
import { productMarkup } from "./stepper-product.ts";

/** The stepper's figure body: the chain drawn with its values, then the list of stages; formulas may come typeset from the build. */
export function stepperMarkup(g: StepperGeometry, id: string, formulas: readonly string[] = STAGE_FORMULAS.map(escapeHtml)): string {
  const { width, height, nodeY, nodeR, xs, lossX } = frame;
  const active = activeTerm(g.stage);
  const on = (yes: boolean) => (yes ? " bp-active" : "");
  const edges = g.edges
    .map((e, i) => {
      const mid = (xs[i]! + xs[i + 1]!) / 2;
      return (
        `<line class="bp-edge" x1="${xs[i]! + nodeR}" x2="${xs[i + 1]! - nodeR}" y1="${nodeY}" y2="${nodeY}"/>` +
        `<text class="bp-weight" data-edge="${i}" x="${mid}" y="${nodeY - 12}" text-anchor="middle">${escapeHtml(e.weight)}</text>` +
        `<text class="bp-update${on(active !== null && "edge" in active && active.edge === i)}" data-edge="${i}" x="${mid}" y="${nodeY + 22}" text-anchor="middle">${escapeHtml(e.update)}</text>`
      );
    })
    .join("");
  const nodes = g.nodes
    .map(
      (n, i) =>
        `<circle class="bp-node" cx="${xs[i]}" cy="${nodeY}" r="${nodeR}"/><text class="bp-name" x="${xs[i]}" y="${nodeY}" dy="0.35em" text-anchor="middle">${n.name}</text>` +
        n.lines
          .map((text, line) => `<text class="${line === 2 ? `bp-delta${on(active !== null && "node" in active && active.node === i)}` : `bp-forward${on(active === null)}`}" data-node="${i}" data-line="${line}" x="${xs[i]}" y="${nodeY + nodeR + 22 + 20 * line}" text-anchor="middle">${escapeHtml(text)}</text>`)
          .join(""),
    )
    .join("");
  const stages = formulas
    .map((formula, i) => `<li class="bp-stage" data-stage="${i}"${i > g.stage ? " hidden" : ""}${i === g.stage ? ' aria-current="step"' : ""}><span class="bp-formula">${formula}</span> <span class="bp-value">${escapeHtml(valueText(i, g.values[i]!))}</span></li>`)
    .join("");
  return (
    `<svg class="chart-svg bp-svg" viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="${id}-desc" focusable="false">` +
    edges +
    `<line class="bp-edge" x1="${xs[3] + nodeR}" x2="${lossX - 22}" y1="${nodeY}" y2="${nodeY}"/><text class="bp-name" x="${lossX}" y="${nodeY}" dy="0.35em" text-anchor="middle">L</text>` +
    nodes +
    `</svg>` +
    productMarkup(g.product, g.stage) +
    `<ol class="bp-stages" start="0">${stages}</ol>` +
    `<p class="bp-desc visually-hidden" id="${id}-desc">${escapeHtml(g.description)}</p>`
  );
}

/** A stage's value as shown after its formula: the forward pass gives results, the others a single value. */
export function valueText(stage: number, value: string): string {
  return stage === 0 ? `⇒ ${value}` : `= ${value}`;
}
