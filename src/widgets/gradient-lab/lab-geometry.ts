import { scaleLinear } from "../linear-scale.ts";
import { backpropSetup } from "../../grad/article-setups.ts";
import { EXTENT, gradientRatio, GRID, labData, type LabSnapshot } from "../../grad/lab-trainer.ts";
import { formatNumber } from "../format-number.ts";
import { round } from "../svg-path.ts";
import type { ChartBox } from "../chart/chart-box.ts";
import { scaleLog10 } from "../chart/log-scale.ts";
import { fixedLabelFonts, placePoint, plotSeries, spaceLabels, type OffScaleMark } from "../chart/plot-series.ts";
import { labSpecs, type LabOptions } from "./lab-options.ts";
import { shade } from "./region-shade.ts";

/**
 * Four panels, each its own SVG in user units, so that on a phone each one spans the column and its LAB_FONT-unit text
 * stays legible: the decision region, the gradient norm per layer now, its history over the steps, and the loss.
 */
export const frame = {
  region: { width: 280, height: 300, x0: 6, y0: 26, size: 268 },
  bars: { width: 320, height: 200, x0: 44, x1: 312, y0: 26, y1: 180 },
  history: { width: 320, height: 210, x0: 44, x1: 312, y0: 26, y1: 180 },
  loss: { width: 320, height: 160, x0: 44, x1: 312, y0: 26, y1: 130 },
};
/** The panels' text size in their user units, the same at every width (each panel is drawn at its own width, not the column's): written on each panel's SVG. */
export const LAB_FONT = 12;
/** Exponents of the gradient-norm axis (bars and history): 1e−20 to 10. */
export const NORM_EXPONENTS = [-20, 1] as const;
/** Smallest gradient norm the bars show; a bar below it is cut at the frame and marked with its value. */
export const NORM_FLOOR = 10 ** NORM_EXPONENTS[0];
/** Bar length of a gradient norm, on a log scale from the floor to 10; not clamped (the chart layer marks what falls outside). */
export const normScale = scaleLog10(NORM_EXPONENTS, [frame.bars.x0, frame.bars.x1]);
/** A gradient norm on the history panel's vertical log axis. */
export const historyY = scaleLog10(NORM_EXPONENTS, [frame.history.y1, frame.history.y0]);
/** Largest loss the loss panel shows: room for a jump from below ln 2 to well above it. */
export const LOSS_TOP = 1.5;
/** Loss on the y axis of the loss panel (mean cross-entropy, starting near ln 2). */
export const lossY = scaleLinear().domain([0, LOSS_TOP]).range([frame.loss.y1, frame.loss.y0]);
/** The plot areas. */
export const barsBox: ChartBox = frame.bars;
export const historyBox: ChartBox = frame.history;
export const lossBox: ChartBox = frame.loss;
/** Data x to the region panel. */
export const regionX = scaleLinear().domain([-EXTENT, EXTENT]).range([frame.region.x0, frame.region.x0 + frame.region.size]);
/** Data y to the region panel (up is positive). */
export const regionY = scaleLinear().domain([EXTENT, -EXTENT]).range([frame.region.y0, frame.region.y0 + frame.region.size]);
/** Most points a drawn curve keeps: about one per unit of the panel's width. */
export const MAX_POINTS = 300;

/** Steps a run trains before it pauses by itself: the end of the step axis, declared with the article's other lab inputs. */
export const STEPS_SHOWN = backpropSetup.labLongSteps;
/** Steps marked on the step axis. */
export const STEP_TICKS = [0, 10, 100, 1000];

/**
 * The x position of a step on the history and loss panels: log(1 + step), so that the first ten steps, where the
 * sigmoid networks' gradients collapse, get as much room as the thousand after step 100.
 */
export function stepX(box: ChartBox): (step: number) => number {
  const lx = scaleLinear().domain([0, Math.log10(1 + STEPS_SHOWN)]).range([box.x0, box.x1]);
  return (step) => lx(Math.log10(1 + step));
}

/** The colour of layer i of n (input side first), shared by its bar and its history line: blue to orange. */
export function layerColour(i: number, n: number): string {
  const hue = n <= 1 ? 25 : Math.round(210 - (185 * i) / (n - 1));
  return `hsl(${hue} 70% 42%)`;
}

/**
 * The samples a curve is drawn through: all of them when there are at most MAX_POINTS, else the largest of those
 * that fall in each of MAX_POINTS equal slices of the panel's width (and the last), so thinning never hides a spike.
 */
export function thinned(values: readonly number[], x: (i: number) => number, box: ChartBox): number[] {
  const n = values.length;
  if (n <= MAX_POINTS) return Array.from({ length: n }, (_, i) => i);
  const slice = (box.x1 - box.x0) / MAX_POINTS;
  const out: number[] = [];
  let bucket = NaN;
  for (let i = 0; i < n - 1; i++) {
    const b = Math.floor((x(i) - box.x0) / slice);
    if (b !== bucket) {
      out.push(i);
      bucket = b;
    } else if (values[i]! > values[out.at(-1)!]!) out[out.length - 1] = i;
  }
  out.push(n - 1);
  return out;
}

/** One layer's bar. */
export interface LabBar {
  readonly label: string;
  readonly y: number;
  readonly height: number;
  readonly x1: number;
  readonly norm: number;
  readonly colour: string;
  /** Set when the norm lies beyond the axis (below the floor, or above 10). */
  readonly mark: OffScaleMark | null;
}

/** One layer's gradient norm over the steps, as drawn. */
export interface LabHistoryLine {
  readonly d: string;
  readonly colour: string;
  readonly marks: readonly OffScaleMark[];
}

/** What the lab draws for one snapshot (the region is drawn from the snapshot's own lattice). */
export interface LabGeometry {
  readonly bars: readonly LabBar[];
  readonly history: readonly LabHistoryLine[];
  readonly lossPath: string;
  /** Where the loss runs above the panel. */
  readonly lossMarks: readonly OffScaleMark[];
  readonly readout: string;
  readonly description: string;
}

// Off-scale values are spaced at the panels' own text size, the same wide and narrow.
const LAB_FONTS = fixedLabelFonts(LAB_FONT);

/** The bars panel: each layer's gradient norm now. */
export function barsGeometry(s: LabSnapshot): readonly LabBar[] {
  const { y0, y1 } = frame.bars;
  const n = s.gradNorms.length;
  const slot = (y1 - y0) / n;
  const bars = s.gradNorms.map((norm, i) => {
    const y = round(y0 + i * slot + slot * 0.15);
    const height = round(slot * 0.7);
    const end = placePoint(barsBox, normScale(norm), y + height / 2, formatNumber(norm, 2));
    return { label: i === n - 1 ? "out" : String(i + 1), y, height, x1: end.cx, norm, colour: layerColour(i, n), mark: end.mark };
  });
  // Each value sits level with its own bar: at the deepest network the bars stand 14 units apart, more than the values'
  // em (LAB_FONT), so neighbours' glyphs never meet and every value keeps its label.
  return bars;
}

/** The history panel: one line per layer, its gradient norm at every step so far. */
export function historyGeometry(s: LabSnapshot): readonly LabHistoryLine[] {
  const hx = stepX(historyBox);
  const n = s.normHistory.length;
  const lines = s.normHistory.map((h, layer) => {
    const keep = thinned(h, hx, historyBox);
    const plot = plotSeries(keep, (i) => hx(i), (i) => historyY(h[i]!), historyBox, (i) => formatNumber(h[i]!, 2), "keep", LAB_FONTS);
    return { d: plot.d, colour: layerColour(layer, n), marks: plot.marks };
  });
  // Layers that vanish together leave the panel together: their values are spaced across lines as along each.
  const marks = spaceLabels(lines.flatMap((l) => l.marks), LAB_FONTS);
  return lines.map((l) => ({ ...l, marks: marks.splice(0, l.marks.length) }));
}

/** The loss panel: the loss at every step so far, and where it runs above the panel. */
export function lossGeometry(s: LabSnapshot): { readonly path: string; readonly marks: readonly OffScaleMark[] } {
  const lx = stepX(lossBox);
  const keep = thinned(s.losses, lx, lossBox);
  const loss = plotSeries(keep, (i) => lx(i), (i) => lossY(s.losses[i]!), lossBox, (i) => formatNumber(s.losses[i]!, 2), "keep", LAB_FONTS);
  return { path: loss.d, marks: loss.marks };
}

/** The readout under the panels: step, loss, accuracy, and how much of the output's gradient reaches the first layer. */
export function labReadout(s: LabSnapshot): string {
  return `step ${s.step} · loss ${formatNumber(s.losses.at(-1)!)} · accuracy ${Math.round(s.accuracy * 100)} % · layer 1 / output gradient ${formatNumber(gradientRatio(s), 2)}`;
}

/** The figure's description for screen readers: the network, its training, and the numbers the panels show. */
export function labDescription(o: LabOptions, s: LabSnapshot): string {
  const f = (v: number) => formatNumber(v);
  const activation = labSpecs.activation.choices[o.activation];
  const init = labSpecs.init.choices[o.init];
  return (
    `A network with ${o.depth} hidden layers of ${o.width} ${activation} units, initial weights ${init}, learning rate ${formatNumber(o.learningRate, 2)}, seed ${o.seed}, ` +
    `trained by gradient descent on ${labData.xs.length} points in two rings. After ${s.step} steps the loss is ${f(s.losses.at(-1)!)} and ${Math.round(s.accuracy * 100)} % of the points are classified correctly. ` +
    `Gradient norm per layer, from the first hidden layer to the output: ${s.gradNorms.map((v) => formatNumber(v, 2)).join(", ")}. ` +
    `The first layer gets ${formatNumber(gradientRatio(s), 2)} times the output layer's gradient.`
  );
}

/** Lays out a snapshot of the lab's training: every panel, the readout and the description. */
export function labGeometry(o: LabOptions, s: LabSnapshot): LabGeometry {
  const loss = lossGeometry(s);
  return { bars: barsGeometry(s), history: historyGeometry(s), lossPath: loss.path, lossMarks: loss.marks, readout: labReadout(s), description: labDescription(o, s) };
}

/** The region's lattice as two grey masks (inside, outside), one byte per point, for the static picture. */
export function regionMasks(region: ArrayLike<number>): { inside: Uint8Array; outside: Uint8Array } {
  const inside = new Uint8Array(GRID * GRID);
  const outside = new Uint8Array(GRID * GRID);
  for (let i = 0; i < GRID * GRID; i++) {
    const { inside: isIn, alpha } = shade(region[i]!);
    (isIn ? inside : outside)[i] = Math.round(alpha * 255);
  }
  return { inside, outside };
}
