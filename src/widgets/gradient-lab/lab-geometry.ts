import { scaleLinear } from "../linear-scale.ts";
import { EXTENT, gradientRatio, GRID, labData, type LabSnapshot } from "../../grad/lab-trainer.ts";
import { formatNumber } from "../format-number.ts";
import { round } from "../svg-path.ts";
import type { ChartBox } from "../chart/chart-box.ts";
import { scaleLog10 } from "../chart/log-scale.ts";
import { placePoint, plotSeries, type OffScaleMark } from "../chart/plot-series.ts";
import { labSpecs, type LabOptions } from "./lab-options.ts";

/** Three panels in SVG user units: the decision region (left), gradient norms per layer (top right), loss (bottom right). */
export const frame = {
  width: 640,
  height: 330,
  region: { x0: 8, y0: 24, size: 290 },
  bars: { x0: 360, x1: 628, y0: 24, y1: 160 },
  loss: { x0: 360, x1: 628, y0: 214, y1: 306 },
};
/** Smallest gradient norm the bars show; a bar below it is cut at the frame and marked with its value. */
export const NORM_FLOOR = 1e-20;
/** Bar length of a gradient norm, on a log scale from the floor to 10; not clamped (the chart layer marks what falls outside). */
export const normScale = scaleLog10([Math.log10(NORM_FLOOR), 1], [frame.bars.x0, frame.bars.x1]);
/** Loss on the y axis of the loss panel (mean cross-entropy, starting near ln 2). */
export const lossY = scaleLinear().domain([0, 1]).range([frame.loss.y1, frame.loss.y0]);
/** The bars' and the loss curve's plot areas. */
export const barsBox: ChartBox = frame.bars;
export const lossBox: ChartBox = frame.loss;
/** Data x to the region panel. */
export const regionX = scaleLinear().domain([-EXTENT, EXTENT]).range([frame.region.x0, frame.region.x0 + frame.region.size]);
/** Data y to the region panel (up is positive). */
export const regionY = scaleLinear().domain([EXTENT, -EXTENT]).range([frame.region.y0, frame.region.y0 + frame.region.size]);

/** The steps the loss panel spans: at least 300, growing with training. */
export function lossSteps(step: number): number {
  return Math.max(300, Math.ceil(step / 300) * 300);
}

/** One layer's bar. */
export interface LabBar {
  readonly label: string;
  readonly y: number;
  readonly height: number;
  readonly x1: number;
  readonly norm: number;
  /** Set when the norm lies beyond the axis (below the floor, or above 10). */
  readonly mark: OffScaleMark | null;
}

/** What the lab draws for one snapshot. */
export interface LabGeometry {
  readonly bars: readonly LabBar[];
  /** Opacity of each region cell and whether it leans "inside" (P > 0.5). */
  readonly cells: readonly { readonly inside: boolean; readonly opacity: number }[];
  readonly lossPath: string;
  /** Where the loss runs above the panel. */
  readonly lossMarks: readonly OffScaleMark[];
  readonly lossSteps: number;
  readonly readout: string;
  readonly description: string;
}

/** Lays out a snapshot of the lab's training. */
export function labGeometry(o: LabOptions, s: LabSnapshot): LabGeometry {
  const { y0, y1 } = frame.bars;
  const slot = (y1 - y0) / s.gradNorms.length;
  const bars = s.gradNorms.map((norm, i) => {
    const y = round(y0 + i * slot + slot * 0.15);
    const height = round(slot * 0.7);
    const end = placePoint(barsBox, normScale(norm), y + height / 2, formatNumber(norm, 2));
    return { label: i === s.gradNorms.length - 1 ? "out" : String(i + 1), y, height, x1: end.cx, norm, mark: end.mark };
  });
  const steps = lossSteps(s.step);
  const lx = scaleLinear().domain([0, steps]).range([frame.loss.x0, frame.loss.x1]);
  const loss = s.losses.at(-1)!;
  const ratio = gradientRatio(s);
  const f = (v: number) => formatNumber(v);
  const readout = `step ${s.step} · loss ${f(loss)} · accuracy ${Math.round(s.accuracy * 100)} % · layer 1 / output gradient ${formatNumber(ratio, 2)}`;
  const activation = labSpecs.activation.choices[o.activation];
  const init = labSpecs.init.choices[o.init];
  return {
    bars,
    cells: s.region.map((p) => ({ inside: p > 0.5, opacity: round(Math.abs(p - 0.5) * 1.2 * 10) / 10 })),
    ...(() => {
      const plot = plotSeries(s.losses, (_, i) => lx(i), (l) => lossY(l), lossBox, (l) => formatNumber(l, 2));
      return { lossPath: plot.d, lossMarks: plot.marks };
    })(),
    lossSteps: steps,
    readout,
    description:
      `A network with ${o.depth} hidden layers of ${o.width} ${activation} units, initial weights ${init}, learning rate ${formatNumber(o.learningRate, 2)}, seed ${o.seed}, ` +
      `trained by gradient descent on ${labData.xs.length} points in two rings. After ${s.step} steps the loss is ${f(loss)} and ${Math.round(s.accuracy * 100)} % of the points are classified correctly. ` +
      `Gradient norm per layer, from the first hidden layer to the output: ${s.gradNorms.map((n) => formatNumber(n, 2)).join(", ")}. ` +
      `The first layer gets ${formatNumber(ratio, 2)} times the output layer's gradient.`,
  };
}

/** The lattice cell a region index is drawn in. */
export function cellRect(i: number): { x: number; y: number; size: number } {
  const size = frame.region.size / GRID;
  return { x: round(frame.region.x0 + (i % GRID) * size), y: round(frame.region.y0 + Math.floor(i / GRID) * size), size: round(size) };
}
