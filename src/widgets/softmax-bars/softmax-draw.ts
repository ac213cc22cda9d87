import { chartSvg, descriptionMark, readoutMark } from "../chart/figure-marks.ts";
import { h, keyed, type Mark } from "../chart/mark.ts";
import { formatNumber } from "../format-number.ts";
import { frame, softmaxGeometry, type SoftmaxGeometry } from "./softmax-geometry.ts";
import type { SoftmaxOptions } from "./softmax-options.ts";

const HEADINGS = ["log-score s", "eˢ", "eˢ / Σ eˢ"];

/** The softmax figure body (SVG, readout, description) for one state, a row per class: what the build writes and every update joins. */
export function softmaxDraw(o: SoftmaxOptions, id: string): Mark[] {
  const g = softmaxGeometry(o);
  const rows = g.rows.map((r, i) =>
    keyed(
      `row-${i}`,
      h("g", { class: "sm-row", "data-row": i }, [
        h("text", { class: "sm-label", x: 4, y: r.y + 22 }, r.label),
        ...r.bars.map(([x, w], k) => h("rect", { class: `sm-bar sm-bar-${k}`, x, y: r.y + 6, width: w, height: 24 })),
        // Hung from the bar's bottom by its own size: the text grows as the figure narrows, and a fixed baseline put the bar over its top.
        ...[r.score, r.exp, r.p].map((v, k) => h("text", { class: `sm-value sm-value-${k}`, x: frame.columns[k]!.x0, y: r.y + 30, dy: "0.95em" }, formatNumber(v))),
      ]),
    ),
  );
  return [
    chartSvg("sm-svg", { width: frame.width, height: g.height }, id, [
      ...frame.columns.map((c, i) => h("text", { class: "sm-head", x: c.x0, y: 16 }, HEADINGS[i]!)),
      h("line", { class: "sm-zero", x1: g.zeroX, x2: g.zeroX, y1: frame.top, y2: g.height - 8 }),
      h("g", { class: "sm-rows" }, rows),
    ]),
    readoutMark("sm-readout", softmaxReadout(g)),
    descriptionMark("sm", id, g.description),
  ];
}

/** The probabilities, and their sum, as one line of text. */
export function softmaxReadout(g: SoftmaxGeometry): string {
  const sum = g.rows.reduce((s, r) => s + r.p, 0);
  return g.rows.map((r) => `p(${r.label.replace(" ", "\u00a0")})\u00a0=\u00a0${formatNumber(r.p)}`).join(" · ") + ` · sum\u00a0=\u00a0${formatNumber(sum)}`;
}
