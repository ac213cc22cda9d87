import { ticks, xAxisMarks } from "../chart/axis-markup.ts";
import { axisTitle, chartSvg, descriptionMark, legendMarks, readoutMark, yGridMarks } from "../chart/figure-marks.ts";
import { h, type Mark } from "../chart/mark.ts";
import { offScaleMarks } from "../chart/off-scale-markup.ts";
import { formatNumber } from "../format-number.ts";
import { boxP, boxZ, frame, neuronRaceGeometry, xScale, yP, yZ, type NeuronRaceGeometry } from "./neuron-race-geometry.ts";
import { NEURON_STEPS, type NeuronRaceOptions } from "./neuron-race-options.ts";

/** The neuron race's figure body (SVG, legend, readout, description) for one state: what the build writes and every update joins. */
export function neuronRaceDraw(o: NeuronRaceOptions, id: string): Mark[] {
  const g = neuronRaceGeometry(o);
  const { left, top, bottom } = frame;
  return [
    chartSvg("nr-svg", frame, id, [
      ...yGridMarks(boxP, [0, 0.5, 1], yP, String),
      ...yGridMarks(boxZ, [-10, 0, 10], yZ, (v) => formatNumber(v, 0)),
      ...xAxisMarks(boxZ, ticks([0, NEURON_STEPS / 2, NEURON_STEPS], xScale, String)),
      axisTitle(left + 6, top.y0 - 6, "prediction p̃"),
      axisTitle(left + 6, bottom.y0 - 6, "logit x"),
      h("line", { class: "nr-step", x1: g.stepX, x2: g.stepX, y1: top.y0, y2: bottom.y1 }),
      ...g.runners.flatMap((r) => [
        h("path", { class: `nr-curve nr-${r.loss}`, d: r.pPath }),
        h("path", { class: `nr-curve nr-${r.loss}`, d: r.zPath }),
        h("circle", { class: `nr-dot nr-p nr-${r.loss}`, r: 5, cx: g.stepX, cy: r.cyP }),
        h("circle", { class: `nr-dot nr-z nr-${r.loss}`, r: 5, cx: g.stepX, cy: r.cyZ }),
      ]),
      h("g", { class: "chart-marks" }, offScaleMarks(g.marks)),
    ]),
    legendMarks([
      { cls: "nr-mse", label: "squared error" },
      { cls: "nr-ce", label: "cross-entropy" },
    ]),
    readoutMark("nr-readout", neuronRaceReadout(g)),
    descriptionMark("nr", id, g.description),
  ];
}

/** Both runs' predictions at the step being looked at, as one line of text. */
export function neuronRaceReadout(g: NeuronRaceGeometry): string {
  const names = { mse: "MSE", ce: "CE" } as const;
  return g.runners.map((r) => `${names[r.loss]}\u00a0p̃\u00a0=\u00a0${formatNumber(r.p)}`).join(" · ");
}
