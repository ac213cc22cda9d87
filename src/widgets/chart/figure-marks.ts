import { round } from "../svg-path.ts";
import type { ChartBox } from "./chart-box.ts";
import { h, type Mark } from "./mark.ts";

/**
 * A figure's SVG: scaled to its column, described by the widget's description, its text sized by the chart stylesheet
 * or, where the size gives a font, that many user units at every width (written on the SVG, which chart.css follows).
 */
export function chartSvg(cls: string, size: { readonly width: number; readonly height: number; readonly font?: number }, id: string, children: readonly (Mark | null | false)[]): Mark {
  return h("svg", { class: `chart-svg ${cls}`, viewBox: `0 0 ${size.width} ${size.height}`, "font-size": size.font ?? null, role: "img", "aria-labelledby": `${id}-desc`, focusable: "false" }, children);
}

/** Tick labels' size in user units at the narrowest step of chart.css, where narrow figures carry y labels inside the frame. */
export const INSIDE_FONT = 26;

/**
 * The area a y label covers, at its gridline y, when a narrow figure carries it inside the frame: at the frame's right
 * end ("end") or its left ("start"), as chart.css places them, at the figure's text size there (a 640-unit figure's by
 * default). Glyph widths are estimated at 0.72 em (a minus sign is wider than a digit).
 */
export function insideLabelArea(box: ChartBox, y: number, text: string, side: "end" | "start", font = INSIDE_FONT): ChartBox {
  const w = 0.72 * font * [...text].length;
  const x0 = side === "end" ? box.x1 - 4 - w : box.x0 + 2;
  // The em box (0.95 em above the baseline, 0.25 em below) of a label whose baseline chart.css puts 0.3 em above y.
  return { x0, x1: x0 + w, y0: y - 1.25 * font, y1: y - 0.05 * font };
}

/** The area an axis title written at (x, y) covers at the narrowest step (italic, about 0.5 em a glyph): for y labels to keep clear of. */
export function axisTitleArea(x: number, y: number, text: string): ChartBox {
  return { x0: x, x1: x + 0.5 * INSIDE_FONT * [...text].length, y0: y - 0.8 * INSIDE_FONT, y1: y + 0.25 * INSIDE_FONT };
}

/** A series' points inside the frame, each as a zero-size area: for y labels to keep clear of. */
export function pointAreas(box: ChartBox, n: number, x: (i: number) => number, y: (i: number) => number): ChartBox[] {
  const areas: ChartBox[] = [];
  for (let i = 0; i < n; i++) {
    const [px, py] = [x(i), y(i)];
    if (py >= box.y0 && py <= box.y1 && px >= box.x0 && px <= box.x1) areas.push({ x0: px, x1: px, y0: py, y1: py });
  }
  return areas;
}

/** The area a dot of radius r at (cx, cy) covers: for y labels to keep clear of, since a dot is painted over them. */
export function dotArea(cx: number, cy: number, r: number): ChartBox {
  return { x0: cx - r, x1: cx + r, y0: cy - r, y1: cy + r };
}

const overlaps = (a: ChartBox, b: ChartBox) => a.x0 <= b.x1 && b.x0 <= a.x1 && a.y0 <= b.y1 && b.y0 <= a.y1;

/**
 * Horizontal gridlines with their labels left of the frame. The labels carry the plot's width (chart-pw-<units>) so the
 * stylesheet can move them inside the frame where the figure is narrow: to the right end of their gridline, or to its
 * left end (chart-ytick-start) where fewer of the areas in avoid (the data's points) lie under the label there. Text
 * (a title, in avoidText) outweighs any number of points: a label keeps its halo over a curve, but not over words.
 * Areas are estimated at `font`, the figure's text size in user units where it is narrow (a 640-unit figure's by default).
 */
export function yGridMarks(
  box: ChartBox,
  values: readonly number[],
  scale: (v: number) => number,
  label: (v: number) => string,
  avoid: readonly ChartBox[] = [],
  avoidText: readonly ChartBox[] = [],
  font = INSIDE_FONT,
): Mark[] {
  return values.flatMap((v) => {
    const y = round(scale(v));
    const text = label(v);
    const under = (side: "end" | "start") => {
      const area = insideLabelArea(box, y, text, side, font);
      const count = (areas: readonly ChartBox[]) => areas.reduce((n, a) => n + (overlaps(area, a) ? 1 : 0), 0);
      return count(avoidText) * (avoid.length + 1) + count(avoid);
    };
    const weighed = avoid.length + avoidText.length > 0;
    const [atStart, atEnd] = weighed ? [under("start"), under("end")] : [0, 0];
    const start = atStart < atEnd ? " chart-ytick-start" : "";
    // Over text or a dot at both ends, inside the frame it would cover one wherever it went: there it is left out, the gridline kept.
    const wideOnly = Math.min(atStart, atEnd) > avoid.length ? " chart-wide-only" : "";
    return [
      h("line", { class: "chart-grid", x1: box.x0, x2: box.x1, y1: y, y2: y }),
      h("text", { class: `chart-tick chart-ytick chart-pw-${round(box.x1 - box.x0)}${start}${wideOnly}`, x: box.x0 - 6, y, dy: "0.32em", "text-anchor": "end" }, text),
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
