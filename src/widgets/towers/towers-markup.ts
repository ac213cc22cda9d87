import { escapeHtml } from "../escape-html.ts";
import { ticks as tickList, xAxisMarkup } from "../chart/axis-markup.ts";
import { offScaleMarkup } from "../chart/off-scale-markup.ts";
import { formatNumber } from "../format-number.ts";
import { frame, oneFrame, oneYScale, xScale, yScale, type Handle, type HandleKey, type TowersGeometry } from "./towers-geometry.ts";

const NAMES: Record<HandleKey, string> = { a: "left wall a", b: "right wall b", h: "height h" };

/** The accessible name of one of the shown tower's handles. */
export function handleName(tower: number, key: HandleKey): string {
  return `tower ${tower} ${NAMES[key]}`;
}

/** The inside of one handle's group: a wide invisible hit area, the visible line, and a grip (redrawn as the handle moves). */
export function handleInner(h: Handle): string {
  const line = h.key === "h" ? `x1="${h.x0}" x2="${h.x1}" y1="${h.y}" y2="${h.y}"` : `x1="${h.x}" x2="${h.x}" y1="${frame.top}" y2="${frame.bottom}"`;
  return (
    `<line class="tw-hit" ${line}/><line class="tw-handle-line" ${line}/>` +
    `<circle class="tw-grip" cx="${h.x}" cy="${h.y}" r="8"/>` +
    offScaleMarkup(h.mark ? [h.mark] : [])
  );
}

// Gridlines and y labels at 0, 0.5 and 1 over a panel of the given frame.
function grid(y: (v: number) => number): string {
  const { width, left, right } = frame;
  return [0, 0.5, 1]
    .map((v) => `<line class="chart-grid" x1="${left}" x2="${width - right}" y1="${y(v)}" y2="${y(v)}"/><text class="chart-tick chart-ytick chart-pw-${width - right - left}" x="${left - 6}" y="${y(v)}" dy="0.32em" text-anchor="end">${v}</text>`)
    .join("");
}

function xTicks(bottom: number): string {
  return xAxisMarkup({ x0: frame.left, x1: frame.width - frame.right, y0: 0, y1: bottom }, tickList([0, 0.5, 1], xScale, String));
}

/** The towers figure body: the one-tower panel (two sigmoids and their difference), the sum panel with its handles, readouts and description. */
export function towersMarkup(g: TowersGeometry, id: string, tower: number): string {
  const { width, height, bottom } = frame;
  const safe = escapeHtml(id);
  return (
    `<svg class="chart-svg tw-one-svg" viewBox="0 0 ${width} ${oneFrame.height}" aria-hidden="true" focusable="false">` +
    grid(oneYScale) +
    xTicks(oneFrame.bottom) +
    `<path class="tw-rise" d="${g.one.risePath}"/><path class="tw-fall" d="${g.one.fallPath}"/><path class="tw-one" d="${g.one.towerPath}"/>` +
    `<g class="chart-marks tw-one-marks">${offScaleMarkup(g.one.marks)}</g>` +
    `</svg>` +
    `<p class="tw-legend"><span class="tw-key tw-key-rise"></span>h·σ(s(x − a))<span class="tw-key tw-key-fall"></span>h·σ(s(x − b))<span class="tw-key tw-key-one"></span>their difference: <span class="tw-one-readout">${escapeHtml(oneReadout(g, tower))}</span></p>` +
    `<svg class="chart-svg tw-svg" viewBox="0 0 ${width} ${height}" role="group" aria-labelledby="${safe}-desc" focusable="false">` +
    grid(yScale) +
    xTicks(bottom) +
    `<path class="tw-towers" d="${g.towersPath}"/><path class="tw-shown" d="${g.shownPath}"/><path class="tw-target" d="${g.targetPath}"/><path class="tw-approx" d="${g.approxPath}"/>` +
    `<g class="chart-marks tw-marks">${offScaleMarkup(g.marks)}</g>` +
    g.handles.map((h) => `<g class="tw-handle tw-handle-${h.key}" data-handle="${h.key}">${handleInner(h)}</g>`).join("") +
    `</svg>` +
    `<p class="chart-readout tw-readout" aria-live="polite">${escapeHtml(towersReadout(g))}</p>` +
    `<p class="tw-desc visually-hidden" id="${safe}-desc">${escapeHtml(g.description)}</p>`
  );
}

/** The shown tower's walls and height, as one line of text. */
export function oneReadout(g: Pick<TowersGeometry, "part">, tower: number): string {
  const f = (v: number) => formatNumber(v, 2);
  return `tower\u00a0${tower}, a\u00a0=\u00a0${f(g.part.a)}, b\u00a0=\u00a0${f(g.part.b)}, h\u00a0=\u00a0${f(g.part.height)}`;
}

/** The approximation error, as one line of text. */
export function towersReadout(g: Pick<TowersGeometry, "error">): string {
  return `largest\u00a0error\u00a0${formatNumber(g.error.max)} · RMS\u00a0error\u00a0${formatNumber(g.error.rms)}`;
}
