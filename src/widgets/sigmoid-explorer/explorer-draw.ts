import { xAxisMarks } from "../chart/axis-markup.ts";
import { axisTitle, chartSvg, descriptionMark, readoutMark, yGridMarks } from "../chart/figure-marks.ts";
import { h, type Mark } from "../chart/mark.ts";
import { offScaleMarks } from "../chart/off-scale-markup.ts";
import { formatNumber } from "../format-number.ts";
import { boxDsigma, boxSigma, explorerGeometry, frame, yDsigma, ySigma, type ExplorerGeometry } from "./explorer-geometry.ts";
import type { ExplorerOptions } from "./explorer-options.ts";

/** The explorer's figure body (SVG, readout, description) for one state: what the build writes and every update joins. */
export function explorerDraw(o: ExplorerOptions, id: string): Mark[] {
  const g = explorerGeometry(o);
  const { left, top, bottom } = frame;
  return [
    chartSvg("sx-svg", frame, id, [
      ...yGridMarks(boxSigma, [0, 0.5, 1], ySigma, String),
      ...yGridMarks(boxDsigma, [0, 0.25], yDsigma, String),
      axisTitle(left + 6, top.y0 + 12, "σ(w·x + b)"),
      axisTitle(left + 6, bottom.y0 - 8, "σ′(w·x + b)"),
      ...xAxisMarks(boxDsigma, g.xTicks, 18, true),
      h("path", { class: "sx-step", d: g.stepPath }),
      h("path", { class: "sx-sigma", d: g.sigmaPath }),
      h("path", { class: "sx-dsigma", d: g.dsigmaPath }),
      h("line", { class: "sx-probe-line", x1: g.probe.cx, x2: g.probe.cx, y1: top.y0, y2: bottom.y1 }),
      h("circle", { class: "sx-probe", r: 6, cx: g.probe.cx, cy: g.probe.cySigma }),
      h("circle", { class: "sx-probe sx-probe-d", r: 6, cx: g.probe.cx, cy: g.probe.cyDsigma }),
      h("g", { class: "chart-marks" }, offScaleMarks(g.marks)),
    ]),
    readoutMark("sx-readout", readoutText(g)),
    descriptionMark("sx", id, g.description),
  ];
}

/** The values at the probe, as one line of text. */
export function readoutText(g: ExplorerGeometry): string {
  const r = g.readout;
  // No-break spaces keep each "name = value" whole when the line wraps on a phone.
  const item = (name: string, v: number) => `${name}\u00a0=\u00a0${formatNumber(v)}`;
  return [item("w·x\u00a0+\u00a0b", r.z), item("σ", r.sigma), item("σ′", r.dsigma), item("slope\u00a0w·σ′", r.slope)].join(" · ");
}
