import { chartSvg, descriptionMark } from "../chart/figure-marks.ts";
import { h, type Mark } from "../chart/mark.ts";
import { formatNumber } from "../format-number.ts";
import { autodiffGeometry, frame, type AutodiffGeometry, type GraphNode } from "./autodiff-geometry.ts";
import type { AutodiffOptions } from "./autodiff-options.ts";

/** The forward line of a node at a step ("?" until it is computed). */
export function forwardText(n: GraphNode, step: number): string {
  return `${n.key} = ${step >= n.forwardAt ? formatNumber(n.data) : "?"}`;
}

/** The gradient line of a node at a step ("?" until backward reaches it). */
export function gradText(n: GraphNode, step: number): string {
  return `∂y/∂${n.key} = ${step >= n.backwardAt ? formatNumber(n.grad) : "?"}`;
}

/** Where each node sits when the figure is narrow: two inputs a row, then z, then y, in boxes wide enough for large text. */
const TALL = { width: 640, height: 690, boxW: 300, boxH: 120, at: { w: [165, 80], x: [475, 80], m: [165, 260], b: [475, 260], z: [320, 440], y: [320, 620] } } as const;

/**
 * The graph as an SVG: left to right ("wide"), or top to bottom with larger boxes ("tall"), which the stylesheet
 * shows instead where the figure is narrow. Both carry the same labels, drawn from the same geometry.
 */
function graphMarks(g: AutodiffGeometry, id: string, shape: "wide" | "tall"): Mark {
  const tall = shape === "tall";
  const [boxW, boxH] = tall ? [TALL.boxW, TALL.boxH] : [frame.boxW, frame.boxH];
  const place = (n: GraphNode) => (tall ? { cx: TALL.at[n.key][0], cy: TALL.at[n.key][1] } : { cx: n.cx, cy: n.cy });
  const at = (k: string) => place(g.nodes.find((n) => n.key === k)!);
  const arrow = `${id}-arrow-${shape}`;
  const edges = g.edges.map(([a, b]) => {
    const [p, q] = [at(a), at(b)];
    const [x1, y1, x2, y2] = tall ? [p.cx, p.cy + boxH / 2, q.cx, q.cy - boxH / 2] : [p.cx + boxW / 2, p.cy, q.cx - boxW / 2, q.cy];
    return h("line", { class: "ad-edge", x1, y1, x2, y2, "marker-end": `url(#${arrow})` });
  });
  // Wide: the name sits above its box; tall: all three lines inside it.
  const lines = tall ? [-30, 6, 42] : [-30, -4, 18];
  const nodes = g.nodes.map((n) => {
    const { cx, cy } = place(n);
    return h("g", { class: "ad-node", "data-node": n.key }, [
      h("rect", { x: cx - boxW / 2, y: cy - boxH / 2, width: boxW, height: boxH, rx: 6 }),
      h("text", { class: "ad-name", x: cx, y: cy + lines[0]!, "text-anchor": "middle" }, n.name),
      h("text", { class: "ad-fwd", x: cx, y: cy + lines[1]!, "text-anchor": "middle" }, forwardText(n, g.step)),
      h("text", { class: "ad-grad", x: cx, y: cy + lines[2]!, "text-anchor": "middle" }, gradText(n, g.step)),
    ]);
  });
  const size = tall ? TALL : frame;
  return chartSvg(`ad-svg ad-${shape}`, size, id, [
    h("defs", {}, [h("marker", { id: arrow, viewBox: "0 0 10 10", refX: 10, refY: 5, markerWidth: 7, markerHeight: 7, orient: "auto" }, [h("path", { d: "M0,0L10,5L0,10z", class: "ad-arrow" })])]),
    ...edges,
    ...nodes,
  ]);
}

/** The autodiff graph's figure body (both shapes of the graph, step explanation, description) for one state: what the build writes and every update joins. */
export function autodiffDraw(o: AutodiffOptions, id: string): Mark[] {
  const g = autodiffGeometry(o);
  return [graphMarks(g, id, "wide"), graphMarks(g, id, "tall"), h("p", { class: "ad-explain", "aria-live": "polite" }, g.explanation), descriptionMark("ad", id, g.description)];
}
