import type { TowerPart } from "../../grad/towers.ts";
import { ticks, xAxisMarks } from "../chart/axis-markup.ts";
import type { ChartBox } from "../chart/chart-box.ts";
import { descriptionMark, readoutMark, yGridMarks } from "../chart/figure-marks.ts";
import { h, type Mark } from "../chart/mark.ts";
import { NARROW_FONT, offScaleLabelAreas } from "../chart/off-scale-label-area.ts";
import { offScaleMarks } from "../chart/off-scale-markup.ts";
import { formatNumber } from "../format-number.ts";
import { box, defaultParts, frame, handles, oneBox, oneFrame, oneYScale, towersCurves, towersError, xScale, yScale, type Handle, type HandleKey, type TowersGeometry } from "./towers-geometry.ts";
import type { TowersOptions } from "./towers-options.ts";

/** What the live figure draws beyond its options: the towers as moved by hand, and the handle being dragged. */
export interface TowersState {
  readonly parts?: readonly TowerPart[];
  /** Whether the handles answer input (the live widget's): only then are they sliders a reader can focus. */
  readonly live?: boolean;
  readonly dragging?: HandleKey | null;
  /** The error of these towers, when it was measured before (it depends on the towers and their steepness only). */
  readonly error?: TowersGeometry["error"];
}

const NAMES: Record<HandleKey, string> = { a: "left wall a", b: "right wall b", h: "height h" };

/** The accessible name of one of the shown tower's handles. */
export function handleName(tower: number, key: HandleKey): string {
  return `tower ${tower} ${NAMES[key]}`;
}

// Gridlines and labels at 0, 0.5 and 1 on both axes of a panel, the y labels at the end of their line clear of `avoidText`.
const axes = (area: ChartBox, y: (v: number) => number, avoidText: readonly ChartBox[] = []): Mark[] => [
  ...yGridMarks(area, [0, 0.5, 1], y, String, [], avoidText),
  ...xAxisMarks(area, ticks([0, 0.5, 1], xScale, String)),
];

// The parts that never change (both panels' axes, the legend's keys), made once and handed back as the same marks, so
// that an update does not compare their elements' attributes again.
let fixed: { oneAxes: Mark[]; axes: Mark[]; keys: Mark[] } | undefined;
const fixedMarks = () =>
  (fixed ??= {
    oneAxes: axes(oneBox, oneYScale),
    axes: axes(box, yScale),
    keys: [
      h("span", { class: "tw-legend-item" }, [h("span", { class: "tw-key tw-key-rise" }), h("span", {}, "h·σ(s(x − a))")]),
      h("span", { class: "tw-legend-item" }, [h("span", { class: "tw-key tw-key-fall" }), h("span", {}, "h·σ(s(x − b))")]),
      h("span", { class: "tw-legend-item" }, [h("span", { class: "tw-key tw-key-one" }), h("span", {}, "their difference:")]),
    ],
  });

// The sum panel's axes with its y labels clear of `offText`: the same marks as before while the labels' places are the
// same, so that an update does not compare their elements again.
const placed = new Map<string, Mark[]>();
function sumAxesClear(offText: readonly ChartBox[], plain: Mark[]): Mark[] {
  if (offText.length === 0) return plain;
  const marks = axes(box, yScale, offText);
  const key = marks.map((m) => m.attrs["class"]).join("|");
  if (!placed.has(key)) placed.set(key, marks);
  return placed.get(key)!;
}

/** The shown tower's handles: for each a wide invisible hit area, the visible line and a grip; a slider with its value where the figure is live. */
function handleMarks(o: TowersOptions, shown: readonly Handle[], state: TowersState = {}): Mark[] {
  return shown.map((hd) => handleMark(hd, o.tower, state));
}

/** A handle's attributes as a slider (the live figure's): what the build's picture of it lacks, and adopting it adds. */
export function handleSlider(hd: Handle, tower: number): Record<string, string | number> {
  return {
    role: "slider",
    tabindex: 0,
    "aria-orientation": hd.key === "h" ? "vertical" : "horizontal",
    "aria-valuenow": hd.value,
    "aria-valuemin": hd.min,
    "aria-valuemax": hd.max,
    "aria-valuetext": formatNumber(hd.value, 2),
    "aria-label": handleName(tower, hd.key),
  };
}

function handleMark(hd: Handle, tower: number, state: TowersState): Mark {
  const line = hd.key === "h" ? { x1: hd.x0, x2: hd.x1, y1: hd.y, y2: hd.y } : { x1: hd.x, x2: hd.x, y1: frame.top, y2: frame.bottom };
  const slider = state.live ? handleSlider(hd, tower) : {};
  return h("g", { class: `tw-handle tw-handle-${hd.key}${state.dragging === hd.key ? " tw-dragging" : ""}`, "data-handle": hd.key, ...slider }, [
    h("line", { class: "tw-hit", ...line }),
    h("line", { class: "tw-handle-line", ...line }),
    h("circle", { class: "tw-grip", cx: hd.x, cy: hd.y, r: 8 }),
    ...offScaleMarks(hd.mark ? [hd.mark] : []),
  ]);
}

/** The towers figure body (the one-tower panel, the sum panel with its handles, readouts and description) for one state: what the build writes and every update joins. */
export function towersDraw(o: TowersOptions, id: string, state: TowersState = {}): Mark[] {
  const parts = state.parts ?? defaultParts(o);
  const g = { ...towersCurves(o, parts), ...towersError(o, parts, state.error) };
  const { width, height } = frame;
  const { oneAxes, axes: sumAxes, keys } = fixedMarks();
  const shown = handles(parts[o.tower - 1]!);
  // Values beyond the sum panel's frame: where they are written, its y labels take the other end of their line.
  const offText = offScaleLabelAreas([...g.marks, ...shown.flatMap((hd) => (hd.mark ? [hd.mark] : []))], NARROW_FONT);
  return [
    h("svg", { class: "chart-svg tw-one-svg", viewBox: `0 0 ${width} ${oneFrame.height}`, "aria-hidden": "true", focusable: "false" }, [
      ...oneAxes,
      h("path", { class: "tw-rise", d: g.one.risePath }),
      h("path", { class: "tw-fall", d: g.one.fallPath }),
      h("path", { class: "tw-one", d: g.one.towerPath }),
      h("g", { class: "chart-marks tw-one-marks" }, offScaleMarks(g.one.marks)),
    ]),
    h("p", { class: "tw-legend" }, [...keys, h("span", { class: "tw-one-readout" }, oneReadout(g, o.tower))]),
    h("svg", { class: "chart-svg tw-svg", viewBox: `0 0 ${width} ${height}`, role: "group", "aria-labelledby": `${id}-desc`, focusable: "false" }, [
      ...sumAxesClear(offText, sumAxes),
      h("path", { class: "tw-towers", d: g.towersPath }),
      h("path", { class: "tw-shown", d: g.shownPath }),
      h("path", { class: "tw-target", d: g.targetPath }),
      h("path", { class: "tw-approx", d: g.approxPath }),
      h("g", { class: "chart-marks tw-marks" }, offScaleMarks(g.marks)),
      // In a group of their own, always the same three in the same order: the panel's other marks vary in number (a y
      // label left out), and keyed handles among them took the join's keyed path on every update.
      h("g", { class: "tw-handles" }, handleMarks(o, shown, state)),
    ]),
    errorReadoutMark(g.error),
    descriptionMark("tw", id, g.description),
  ];
}

/**
 * The error readout, carrying the error it shows in full (data-error-max, data-error-rms): the live figure adopts it
 * with the build's figure rather than measuring the same towers again on its first update.
 */
function errorReadoutMark(error: TowersGeometry["error"]): Mark {
  const mark = readoutMark("tw-readout", towersReadout({ error }));
  return { ...mark, attrs: { ...mark.attrs, "data-error-max": error.max, "data-error-rms": error.rms } };
}

/** The error a figure's readout carries (see errorReadoutMark), or null when it carries none. */
export function readoutError(readout: Element | null): TowersGeometry["error"] | null {
  const [max, rms] = ["data-error-max", "data-error-rms"].map((name) => Number(readout?.getAttribute(name) ?? NaN));
  return Number.isFinite(max) && Number.isFinite(rms) ? { max: max!, rms: rms! } : null;
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
