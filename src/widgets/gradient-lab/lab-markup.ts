import { labData } from "../../grad/lab-trainer.ts";
import { escapeHtml } from "../escape-html.ts";
import { offScaleMarkup } from "../chart/off-scale-markup.ts";
import { ticks as tickList, xAxisMarkup } from "../chart/axis-markup.ts";
import { formatPower } from "../format-number.ts";
import { round } from "../svg-path.ts";
import { frame, historyY, LAB_FONT, lossY, LOSS_TOP, normScale, regionX, regionY, STEP_TICKS, stepX, type LabBar, type LabGeometry, type LabHistoryLine } from "./lab-geometry.ts";

/** The static picture of the region: grey masks (data: URLs) of the inside and outside shading, drawn at build time. */
export interface RegionPicture {
  readonly inside: string;
  readonly outside: string;
}

/** One layer's bar and its label (numbers only, so the markup never carries input text). */
export function barMarkup(b: LabBar): string {
  return (
    `<text class="chart-tick" x="${frame.bars.x0 - 6}" y="${round(b.y + b.height / 2)}" dy="0.32em" text-anchor="end">${b.label}</text>` +
    `<rect class="gl-bar" x="${frame.bars.x0}" y="${b.y}" width="${round(b.x1 - frame.bars.x0)}" height="${b.height}" fill="${b.colour}"/>` +
    offScaleMarkup(b.mark ? [b.mark] : [])
  );
}

/** The history panel's lines, input side first, and their off-scale marks. */
export function historyMarkup(lines: readonly LabHistoryLine[]): string {
  return (
    lines.map((l) => `<path class="gl-history-line" d="${l.d}" stroke="${l.colour}"/>`).join("") +
    offScaleMarkup(lines.flatMap((l) => l.marks))
  );
}

const EXPONENT_TICKS = [-20, -15, -10, -5, 0];

// The first panel carries the figure's description; the others repeat it in pictures only. Each writes the lab's text
// size on its SVG, which chart.css sizes all its text by.
function svgOpen(kind: keyof typeof frame, id: string, extra = ""): string {
  const { width, height } = frame[kind];
  const name = kind === "region" ? `role="img" aria-labelledby="${escapeHtml(id)}-desc"` : `aria-hidden="true"`;
  return `<svg class="chart-svg gl-panel gl-${kind}-svg${extra}" viewBox="0 0 ${width} ${height}" font-size="${LAB_FONT}" ${name} focusable="false">`;
}

function regionSvg(id: string, picture: RegionPicture | undefined): string {
  const { x0, y0, size } = frame.region;
  const area = `x="${x0}" y="${y0}" width="${size}" height="${size}"`;
  const shading = picture
    ? `<g class="gl-static-region"><mask id="${escapeHtml(id)}-in"><image ${area} preserveAspectRatio="none" href="${picture.inside}"/></mask>` +
      `<mask id="${escapeHtml(id)}-out"><image ${area} preserveAspectRatio="none" href="${picture.outside}"/></mask>` +
      `<rect class="gl-shade gl-in" ${area} mask="url(#${escapeHtml(id)}-in)"/><rect class="gl-shade gl-out" ${area} mask="url(#${escapeHtml(id)}-out)"/></g>`
    : "";
  const points = labData.xs
    .map(([x, y], i) => `<circle class="gl-point ${labData.ys[i] === 1 ? "gl-in" : "gl-out"}" r="3.5" cx="${round(regionX(x))}" cy="${round(regionY(y))}"/>`)
    .join("");
  return (
    svgOpen("region", id, " gl-svg") +
    `<text class="chart-axis" x="${x0}" y="${y0 - 9}">decision region and data</text>` +
    `<rect class="gl-region-frame" ${area}/>${shading}${points}</svg>`
  );
}

function barsSvg(id: string, g: LabGeometry): string {
  const { x0, y0, y1 } = frame.bars;
  // Five ticks: the chart layer marks every other one minor, hidden where the figure is narrow.
  const ticks =
    EXPONENT_TICKS.map((e) => `<line class="chart-grid" x1="${round(normScale(10 ** e))}" x2="${round(normScale(10 ** e))}" y1="${y0}" y2="${y1}"/>`).join("") +
    xAxisMarkup(frame.bars, tickList(EXPONENT_TICKS, (e) => normScale(10 ** e), formatPower), 16);
  return svgOpen("bars", id) + `<text class="chart-axis" x="${x0}" y="${y0 - 9}">gradient norm per layer now</text>${ticks}<g class="gl-bars">${g.bars.map(barMarkup).join("")}</g></svg>`;
}

// The step axis's ticks, on the log(1 + step) scale; the last one says what the numbers count.
function stepTicks(box: { x0: number; x1: number; y0: number; y1: number }): string {
  const x = stepX(box);
  const label = (t: number) => (t === STEP_TICKS.at(-1) ? `${t} steps` : String(t));
  return (
    STEP_TICKS.map((t) => `<line class="chart-grid" x1="${round(x(t))}" x2="${round(x(t))}" y1="${box.y0}" y2="${box.y1}"/>`).join("") +
    xAxisMarkup(box, tickList(STEP_TICKS, x, label), 16)
  );
}

function historySvg(id: string, g: LabGeometry): string {
  const { x0, x1, y0 } = frame.history;
  // As on the bars' axis, every other exponent is minor, hidden where the figure is narrow.
  const ticks = EXPONENT_TICKS.map((e, i) => {
    const y = round(historyY(10 ** e));
    return `<line class="chart-grid" x1="${x0}" x2="${x1}" y1="${y}" y2="${y}"/><text class="chart-tick${i % 2 === 1 ? " chart-minor" : ""}" x="${x0 - 6}" y="${y}" dy="0.32em" text-anchor="end">${formatPower(e)}</text>`;
  }).join("");
  return (
    svgOpen("history", id) +
    `<text class="chart-axis" x="${x0}" y="${y0 - 9}">gradient norm per layer, by step</text>${ticks}` +
    stepTicks(frame.history) +
    `<g class="gl-history">${historyMarkup(g.history)}</g></svg>`
  );
}

function lossSvg(id: string, g: LabGeometry): string {
  const { x0, x1, y0 } = frame.loss;
  const ticks = [0, 0.5, 1, LOSS_TOP]
    .map((v) => `<line class="chart-grid" x1="${x0}" x2="${x1}" y1="${lossY(v)}" y2="${lossY(v)}"/><text class="chart-tick" x="${x0 - 6}" y="${lossY(v)}" dy="0.32em" text-anchor="end">${v}</text>`)
    .join("");
  const ln2 = round(lossY(Math.LN2));
  return (
    svgOpen("loss", id) +
    `<text class="chart-axis" x="${x0}" y="${y0 - 9}">loss</text>${ticks}` +
    `<line class="gl-ln2" x1="${x0}" x2="${x1}" y1="${ln2}" y2="${ln2}"/><text class="chart-tick gl-ln2-label" x="${x1 - 4}" y="${ln2 + 5}" dy="0.8em" text-anchor="end">ln 2</text>` +
    stepTicks(frame.loss) +
    `<path class="gl-loss" d="${g.lossPath}"/>` +
    `<g class="gl-loss-marks">${offScaleMarkup(g.lossMarks)}</g></svg>`
  );
}

/** The lab's figure body (four panels, readout, description), shared by the static build and the live widget. */
export function labMarkup(g: LabGeometry, id: string, picture?: RegionPicture): string {
  return (
    `<div class="gl-panels"><div class="gl-column"><div class="gl-region-panel">${regionSvg(id, picture)}</div>${lossSvg(id, g)}</div>` +
    `<div class="gl-column">${barsSvg(id, g)}${historySvg(id, g)}</div></div>` +
    `<p class="chart-readout gl-readout" aria-live="polite">${escapeHtml(g.readout)}</p>` +
    `<p class="gl-desc visually-hidden" id="${escapeHtml(id)}-desc">${escapeHtml(g.description)}</p>`
  );
}
