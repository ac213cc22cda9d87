import { scaleLinear } from "../linear-scale.ts";
import { depthSweep, type DepthSweepPoint } from "../../grad/depth-sweep.ts";
import type { LabSettings } from "../../grad/lab-trainer.ts";
import { formatNumber } from "../format-number.ts";
import type { ChartBox } from "../chart/chart-box.ts";
import { fixedLabelFonts, placePoint, plotSeries, type OffScaleMark } from "../chart/plot-series.ts";
import { round } from "../svg-path.ts";

/** One small multiple in SVG user units: loss against depth for one preset; its text is `font` units at every width (each panel is drawn at its own width, not the column's). */
export const frame = { width: 320, height: 200, x0: 44, x1: 304, y0: 30, y1: 160, font: 12 };
/** The plot area of each small multiple. */
export const box: ChartBox = frame;
/** Largest loss on the axis: room above ln 2 for a network that does worse than answering one half. */
export const LOSS_TOP = 0.8;
/** Loss on the y axis (mean cross-entropy). */
export const lossY = scaleLinear().domain([0, LOSS_TOP]).range([frame.y1, frame.y0]);

/** One preset's panel as drawn. */
export interface SweepPanel {
  readonly title: string;
  readonly points: readonly DepthSweepPoint[];
  readonly path: string;
  readonly dots: readonly { readonly cx: number; readonly cy: number }[];
  readonly marks: readonly OffScaleMark[];
  /** x of each depth's tick. */
  readonly ticks: readonly { readonly at: number; readonly depth: number }[];
}

/** x position of a depth among the swept depths. */
export function depthX(depths: readonly number[]): (depth: number) => number {
  return scaleLinear().domain([depths[0]!, depths.at(-1)!]).range([frame.x0 + 10, frame.x1 - 10]);
}

/** Lays out one panel for a sweep's points: a line through one dot per depth, values beyond the axis spaced at the panel's own text size. */
export function sweepPanel(title: string, points: readonly DepthSweepPoint[], depths: readonly number[]): SweepPanel {
  const x = depthX(depths);
  const line = plotSeries(points, (p) => x(p.depth), (p) => lossY(p.loss), box, (p) => formatNumber(p.loss, 2), "keep", fixedLabelFonts(frame.font));
  const placed = points.map((p) => placePoint(box, x(p.depth), lossY(p.loss), formatNumber(p.loss, 2)));
  return {
    title,
    points,
    path: line.d,
    dots: placed.filter((p) => !p.mark).map((p) => ({ cx: p.cx, cy: p.cy })),
    marks: line.marks,
    ticks: depths.map((depth) => ({ at: round(x(depth)), depth })),
  };
}

/** Trains (or reads back) each preset at each depth and lays out its panel. */
export function sweepGeometry(presets: readonly { readonly title: string; readonly settings: LabSettings }[], depths: readonly number[], steps: number): SweepPanel[] {
  return presets.map(({ title, settings }) => sweepPanel(title, depthSweep(settings, depths, steps), depths));
}
