import { ticks, xAxisMarks } from "../chart/axis-markup.ts";
import { axisTitle, yGridMarks } from "../chart/figure-marks.ts";
import type { Mark } from "../chart/mark.ts";
import { stackedPanels } from "../chart/stacked-panels.ts";
import { formatNumber } from "../format-number.ts";
import { boxP, boxZ, frame, neuronRaceGeometry, xScale, yP, yZ, type NeuronRaceGeometry } from "./neuron-race-geometry.ts";
import { NEURON_STEPS, type NeuronRaceOptions } from "./neuron-race-options.ts";

const LOSS_NAMES = { mse: "squared error", ce: "cross-entropy" } as const;

/** The neuron race's figure body (SVG, legend, readout, description) for one state: what the build writes and every update joins. */
export function neuronRaceDraw(o: NeuronRaceOptions, id: string): Mark[] {
  const g = neuronRaceGeometry(o);
  const { left, top, bottom } = frame;
  return stackedPanels(
    {
      prefix: "nr",
      frame,
      axes: [
        ...yGridMarks(boxP, [0, 0.5, 1], yP, String),
        ...yGridMarks(boxZ, [-10, 0, 10], yZ, (v) => formatNumber(v, 0)),
        ...xAxisMarks(boxZ, ticks([0, NEURON_STEPS / 2, NEURON_STEPS], xScale, String)),
        axisTitle(left + 6, top.y0 - 6, "prediction p̃"),
        axisTitle(left + 6, bottom.y0 - 6, "logit x"),
      ],
      cursor: { cls: "nr-step", x: g.stepX },
      dots: ["p", "z"],
      series: g.runners.map((r) => ({ name: r.loss, label: LOSS_NAMES[r.loss], topPath: r.pPath, bottomPath: r.zPath, cyTop: r.cyP, cyBottom: r.cyZ })),
      marks: g.marks,
      readout: neuronRaceReadout(g),
      description: g.description,
    },
    id,
  );
}

/** Both runs' predictions at the step being looked at, as one line of text. */
export function neuronRaceReadout(g: NeuronRaceGeometry): string {
  const names = { mse: "MSE", ce: "CE" } as const;
  return g.runners.map((r) => `${names[r.loss]}\u00a0p̃\u00a0=\u00a0${formatNumber(r.p)}`).join(" · ");
}
