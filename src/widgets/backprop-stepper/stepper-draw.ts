import { chartSvg, descriptionMark } from "../chart/figure-marks.ts";
import { h, type Mark } from "../chart/mark.ts";
import { escapeHtml } from "../escape-html.ts";
import { activeTerm, frame, stepperGeometry, tallFrame, STAGE_FORMULAS, type StepperGeometry } from "./stepper-geometry.ts";
import type { StepperOptions } from "./stepper-options.ts";
import { productMarks } from "./stepper-product.ts";

/** A stage's value as shown after its formula: the forward pass gives results, the others a single value. */
export function valueText(stage: number, value: string): string {
  return stage === 0 ? `⇒ ${value}` : `= ${value}`;
}

/**
 * The chain as an SVG: in a row ("wide"), or stacked top to bottom with every label beside it ("tall"), which the
 * stylesheet shows instead where the figure is narrow. Both carry the same labels, drawn from the same geometry.
 */
function chainMarks(g: StepperGeometry, id: string, shape: "wide" | "tall"): Mark {
  const tall = shape === "tall";
  const { nodeR } = tall ? tallFrame : frame;
  // The value the current stage computes is marked, in the chain as in the list of formulas and the product's bars.
  const active = activeTerm(g.stage);
  const on = (yes: boolean) => (yes ? " bp-active" : "");
  // Where unit i sits, and where the labels of unit i and of edge i (from unit i to i + 1) start.
  const at = (i: number) => (tall ? { x: tallFrame.nodeX, y: tallFrame.ys[i]! } : { x: frame.xs[i]!, y: frame.nodeY });
  const text = (cls: string, data: Record<string, number>, x: number, y: number, anchor: string, content: string) =>
    h("text", { class: cls, ...data, x, y, "text-anchor": anchor }, content);
  const edges = g.edges.flatMap((e, i) => {
    const [a, b] = [at(i), at(i + 1)];
    const update = `bp-update${on(active !== null && "edge" in active && active.edge === i)}`;
    const data = { "data-edge": i };
    return tall
      ? [
          h("line", { class: "bp-edge", x1: a.x, x2: b.x, y1: a.y + nodeR, y2: b.y - nodeR }),
          text("bp-weight", data, tallFrame.textX, (a.y + b.y) / 2 - 4, "start", e.weight),
          text(update, data, tallFrame.textX, (a.y + b.y) / 2 + 26, "start", e.update),
        ]
      : [
          h("line", { class: "bp-edge", x1: a.x + nodeR, x2: b.x - nodeR, y1: a.y, y2: a.y }),
          // Above the units, not between them: "w_qj = −1.0000" is wider than the gap between two circles.
          text("bp-weight", data, (a.x + b.x) / 2, a.y - nodeR - 8, "middle", e.weight),
          text(update, data, (a.x + b.x) / 2, a.y + 22, "middle", e.update),
        ];
  });
  const nodes = g.nodes.flatMap((n, i) => {
    const p = at(i);
    const cls = (line: number) => (line === 2 ? `bp-delta${on(active !== null && "node" in active && active.node === i)}` : `bp-forward${on(active === null)}`);
    return [
      h("circle", { class: "bp-node", cx: p.x, cy: p.y, r: nodeR }),
      h("text", { class: "bp-name", x: p.x, y: p.y, dy: "0.35em", "text-anchor": "middle" }, n.name),
      ...n.lines.map((content, line) =>
        tall
          ? text(cls(line), { "data-node": i, "data-line": line }, tallFrame.textX, p.y - 22 + 28 * line, "start", content)
          : text(cls(line), { "data-node": i, "data-line": line }, p.x, p.y + nodeR + 22 + 20 * line, "middle", content),
      ),
    ];
  });
  const last = at(3);
  const loss = tall
    ? [h("line", { class: "bp-edge", x1: last.x, x2: last.x, y1: last.y + nodeR, y2: tallFrame.lossY - 22 }), h("text", { class: "bp-name", x: last.x, y: tallFrame.lossY, dy: "0.35em", "text-anchor": "middle" }, "L")]
    : [h("line", { class: "bp-edge", x1: last.x + nodeR, x2: frame.lossX - 22, y1: last.y, y2: last.y }), h("text", { class: "bp-name", x: frame.lossX, y: last.y, dy: "0.35em", "text-anchor": "middle" }, "L")];
  // Both chains name the description; the stylesheet shows one of them.
  return chartSvg(`bp-svg bp-${shape}`, tall ? tallFrame : frame, id, [...edges, ...loss, ...nodes]);
}

/**
 * The stepper's figure body for one state: the chain drawn with its values, the product panel, then the list of
 * stages, what the build writes and every update joins. Formulas may come typeset from the build (they are kept).
 */
export function stepperDraw(o: StepperOptions, id: string, formulas: readonly string[] = STAGE_FORMULAS.map(escapeHtml)): Mark[] {
  const g = stepperGeometry(o);
  const stages = formulas.map((formula, i) =>
    h("li", { class: "bp-stage", "data-stage": i, hidden: i > g.stage, "aria-current": i === g.stage ? "step" : null }, [
      { tag: "span", attrs: { class: "bp-formula" }, html: formula },
      h("span", { class: "bp-value" }, valueText(i, g.values[i]!)),
    ]),
  );
  return [
    chainMarks(g, id, "wide"),
    chainMarks(g, id, "tall"),
    productMarks(g.product, g.stage),
    h("ol", { class: "bp-stages", start: 0 }, stages),
    descriptionMark("bp", id, g.description),
  ];
}
