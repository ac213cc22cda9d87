import { chartSvg, descriptionMark, legendMarks, readoutMark } from "./figure-marks.ts";
import { h, type Mark } from "./mark.ts";
import { offScaleMarks } from "./off-scale-markup.ts";
import type { OffScaleMark } from "./plot-series.ts";

/** One series of a two-panel figure: its curve in each panel and its dot on each at the cursor. */
export interface PanelSeries {
  /** Its name in class names (`<prefix>-<name>`), and in the legend unless `label` says otherwise. */
  readonly name: string;
  readonly label?: string;
  readonly topPath: string;
  readonly bottomPath: string;
  readonly cyTop: number;
  readonly cyBottom: number;
}

/** A figure of two panels stacked over one x axis, with a vertical cursor through both and a dot per series on it in each. */
export interface StackedPanels {
  /** Class prefix of its parts (`<prefix>-svg`, `<prefix>-curve`, `<prefix>-dot`, `<prefix>-readout`, `<prefix>-desc`). */
  readonly prefix: string;
  readonly frame: { readonly width: number; readonly height: number; readonly top: { readonly y0: number }; readonly bottom: { readonly y1: number } };
  /** Gridlines, ticks and panel titles, drawn under the data. */
  readonly axes: readonly Mark[];
  /** The cursor's class and x position. */
  readonly cursor: { readonly cls: string; readonly x: number };
  /** What tells a series' top dot from its bottom one in class names (`<prefix>-p`, `<prefix>-z`). */
  readonly dots: readonly [top: string, bottom: string];
  readonly series: readonly PanelSeries[];
  /** Every value drawn beyond a panel, marked. */
  readonly marks: readonly OffScaleMark[];
  readonly readout: string;
  readonly description: string;
}

/** The figure body (SVG, legend, readout, description) of two stacked panels with a cursor: what the build writes and every update joins. */
export function stackedPanels(p: StackedPanels, id: string): Mark[] {
  const { prefix: x, frame, cursor } = p;
  return [
    chartSvg(`${x}-svg`, frame, id, [
      ...p.axes,
      h("line", { class: cursor.cls, x1: cursor.x, x2: cursor.x, y1: frame.top.y0, y2: frame.bottom.y1 }),
      ...p.series.flatMap((s) => [
        h("path", { class: `${x}-curve ${x}-${s.name}`, d: s.topPath }),
        h("path", { class: `${x}-curve ${x}-${s.name}`, d: s.bottomPath }),
        h("circle", { class: `${x}-dot ${x}-${p.dots[0]} ${x}-${s.name}`, r: 5, cx: cursor.x, cy: s.cyTop }),
        h("circle", { class: `${x}-dot ${x}-${p.dots[1]} ${x}-${s.name}`, r: 5, cx: cursor.x, cy: s.cyBottom }),
      ]),
      h("g", { class: "chart-marks" }, offScaleMarks(p.marks)),
    ]),
    legendMarks(p.series.map((s) => ({ cls: `${x}-${s.name}`, label: s.label ?? s.name }))),
    readoutMark(`${x}-readout`, p.readout),
    descriptionMark(x, id, p.description),
  ];
}
