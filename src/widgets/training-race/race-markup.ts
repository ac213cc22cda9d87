import { EXTENT } from "../../grad/region-grid.ts";
import { raceData } from "../../grad/rings-dataset.ts";
import { escapeHtml } from "../escape-html.ts";
import { ticks as tickList, xAxisMarkup } from "../chart/axis-markup.ts";
import { offScaleMarkup } from "../chart/off-scale-markup.ts";
import { scaleLinear } from "../linear-scale.ts";
import { round } from "../svg-path.ts";
import { formatRate, frame, LOSS_TICKS, raceReadout, xScale, yScale, type RaceGeometry } from "./race-geometry.ts";
import { RUNNER_NAMES, RUNNERS } from "./race-runners.ts";

/** One small panel (the data, or a network's region) in SVG user units: a title above a square. */
export const panel = { width: 160, height: 178, x0: 4, y0: 22, size: 152 };
const px = scaleLinear().domain([-EXTENT, EXTENT]).range([panel.x0, panel.x0 + panel.size]);
const py = scaleLinear().domain([EXTENT, -EXTENT]).range([panel.y0, panel.y0 + panel.size]);

/** The static picture of one network's region: grey masks (data: URLs) of the inside and outside shading, drawn at build time. */
export interface RegionPicture {
  readonly inside: string;
  readonly outside: string;
}

/** A runner's panel title: its activation and its learning rate. */
export function panelTitle(name: (typeof RUNNERS)[number], rate: number): string {
  return `${RUNNER_NAMES[name]}, η = ${formatRate(rate)}`;
}

function points(r: number): string {
  return raceData.xs
    .map(([x, y], i) => `<circle class="tr-point ${raceData.ys[i] === 1 ? "tr-in" : "tr-out"}" r="${r}" cx="${round(px(x))}" cy="${round(py(y))}"/>`)
    .join("");
}

function panelSvg(kind: string, title: string, shading: string, r: number): string {
  const { width, height, x0, y0, size } = panel;
  return (
    `<div class="tr-panel tr-panel-${kind}"><svg class="tr-panel-svg" viewBox="0 0 ${width} ${height}" aria-hidden="true" focusable="false">` +
    `<text class="tr-title" x="${x0}" y="${y0 - 7}">${escapeHtml(title)}</text>` +
    `<rect class="tr-frame" x="${x0}" y="${y0}" width="${size}" height="${size}"/>${shading}${points(r)}</svg></div>`
  );
}

function staticRegion(id: string, picture: RegionPicture): string {
  const { x0, y0, size } = panel;
  const area = `x="${x0}" y="${y0}" width="${size}" height="${size}"`;
  return (
    `<g class="tr-static-region"><mask id="${id}-in"><image ${area} preserveAspectRatio="none" href="${picture.inside}"/></mask>` +
    `<mask id="${id}-out"><image ${area} preserveAspectRatio="none" href="${picture.outside}"/></mask>` +
    `<rect class="tr-shade tr-in" ${area} mask="url(#${id}-in)"/><rect class="tr-shade tr-out" ${area} mask="url(#${id}-out)"/></g>`
  );
}

/**
 * What the losses decide in the race's figure, as drawn: each curve (RUNNERS order), their off-scale marks (markup), the
 * readout and the description. The build draws them from a geometry; the live widget keeps the build's as they stand.
 */
export interface RaceDrawing {
  readonly step: number;
  /** Learning rates in RUNNERS order, the multiplier applied. */
  readonly rates: readonly number[];
  readonly paths: readonly string[];
  readonly marks: string;
  readonly readout: string;
  readonly description: string;
}

/** A geometry as the figure draws it. */
export function raceDrawing(g: RaceGeometry): RaceDrawing {
  return {
    step: g.step,
    rates: g.runners.map((r) => r.rate),
    paths: g.runners.map((r) => r.path),
    marks: offScaleMarkup(g.marks),
    readout: stepReadout(g),
    description: g.description,
  };
}

/**
 * The race figure body (the data, each network's region, the loss curves, legend, readout, description), shared by
 * the static build and the live widget. `best` (each network's best rate, from the build's sweep) rides along for
 * the live widget, so that it need not sweep again, with the step and multiplier drawn, so that it need not train
 * until the reader asks for another state; `pictures` are the regions drawn at build time.
 */
export function raceMarkup(g: RaceGeometry, id: string, best: readonly number[] | null, pictures: readonly RegionPicture[] = []): string {
  return drawnRaceMarkup(raceDrawing(g), id, best, pictures);
}

/** The race figure body for a drawing (raceMarkup's, from a drawing rather than a geometry). */
export function drawnRaceMarkup(d: RaceDrawing, id: string, best: readonly number[] | null, pictures: readonly (RegionPicture | undefined)[] = []): string {
  const { width, height, left, right, top, bottom } = frame;
  const safe = escapeHtml(id);
  const stepX = round(xScale(d.step));
  const ticks =
    xAxisMarkup({ x0: left, x1: width - right, y0: top, y1: bottom }, tickList([0, 100, 200, 300, 400], xScale, String)) +
    LOSS_TICKS
      .map((v) => `<line class="chart-grid" x1="${left}" x2="${width - right}" y1="${yScale(v)}" y2="${yScale(v)}"/><text class="chart-tick chart-ytick chart-pw-${width - right - left}" x="${left - 6}" y="${yScale(v)}" dy="0.32em" text-anchor="end">${v}</text>`)
      .join("");
  const panels =
    panelSvg("data", "the data", "", 2.5) +
    RUNNERS.map((name, k) => panelSvg(name, panelTitle(name, d.rates[k]!), pictures[k] ? staticRegion(`${safe}-${name}`, pictures[k]) : "", 1.75)).join("");
  return (
    `<div class="tr-panels"${best ? ` data-best="${best.join(" ")}" data-drawn="${d.step} ${d.rates[0]! / best[0]!}"` : ""}>${panels}</div>` +
    `<svg class="chart-svg tr-svg" viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="${safe}-desc" focusable="false">` +
    ticks +
    `<line class="tr-ln2" x1="${left}" x2="${width - right}" y1="${round(yScale(Math.LN2))}" y2="${round(yScale(Math.LN2))}"/>` +
    `<text class="chart-axis" x="${left + 6}" y="${top + 12}">loss (log scale)</text>` +
    `<line class="tr-step" x1="${stepX}" x2="${stepX}" y1="${top}" y2="${bottom}"/>` +
    RUNNERS.map((name, k) => `<path class="tr-curve tr-${name}" d="${d.paths[k]}"/>`).join("") +
    `<g class="chart-marks">${d.marks}</g>` +
    `</svg>` +
    `<p class="chart-legend">${RUNNERS.map((name) => `<span class="chart-legend-item"><span class="chart-key tr-${name}"></span>${RUNNER_NAMES[name]}</span>`).join(" ")}</p>` +
    `<p class="chart-readout tr-readout">${escapeHtml(d.readout)}</p>` +
    `<p class="tr-desc visually-hidden" id="${safe}-desc">${escapeHtml(d.description)}</p>`
  );
}

/** The step reached and the losses there, as one line of text. */
export function stepReadout(g: RaceGeometry): string {
  return `step ${g.step}: ${raceReadout(g.runners)}`;
}
