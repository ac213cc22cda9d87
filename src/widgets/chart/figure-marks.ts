import { round } from "../svg-path.ts";
import type { ChartBox } from "./chart-box.ts";
import { h, type Mark } from "./mark.ts";

/** A figure's SVG: scaled to its column, its text sized by the chart stylesheet, described by the widget's description. */
export function chartSvg(cls: string, size: { readonly width: number; readonly height: number }, id: string, children: readonly (Mark | null | false)[]): Mark {
  return h("svg", { class: `chart-svg ${cls}`, viewBox: `0 0 ${size.width} ${size.height}`, role: "img", "aria-labelledby": `${id}-desc`, focusable: "false" }, children);
}

/**
 * Horizontal gridlines with their labels left of the frame. The labels carry the plot's width (chart-pw-<units>) so the
 * stylesheet can move them inside the frame where the figure is narrow.
 */
export function yGridMarks(box: ChartBox, values: readonly number[], scale: (v: number) => number, label: (v: number) => string): Mark[] {
  return values.flatMap((v) => {
    const y = round(scale(v));
    return [
      h("line", { class: "chart-grid", x1: box.x0, x2: box.x1, y1: y, y2: y }),
      h("text", { class: `chart-tick chart-ytick chart-pw-${round(box.x1 - box.x0)}`, x: box.x0 - 6, y, dy: "0.32em", "text-anchor": "end" }, label(v)),
    ];
  });
}

/** An axis or panel title, inside the figure. */
export function axisTitle(x: number, y: number, text: string, anchor: "start" | "middle" | "end" = "start"): Mark {
  return h("text", { class: "chart-axis", x, y, "text-anchor": anchor === "start" ? null : anchor }, text);
}

/** A legend: a key in each series' style and its name, kept together on one line. */
export function legendMarks(items: readonly { readonly cls: string; readonly label: string }[]): Mark {
  return h("p", { class: "chart-legend" }, items.map((it) => h("span", { class: "chart-legend-item" }, [h("span", { class: `chart-key ${it.cls}` }), h("span", {}, it.label)])));
}

/** The values a reader is looking at, announced politely when they change. */
export function readoutMark(cls: string, text: string): Mark {
  return h("p", { class: `chart-readout ${cls}`, "aria-live": "polite" }, text);
}

/** The figure in words, for screen readers: what the SVG's aria-labelledby names. */
export function descriptionMark(prefix: string, id: string, text: string): Mark {
  return h("p", { class: `${prefix}-desc visually-hidden`, id: `${id}-desc` }, text);
}
