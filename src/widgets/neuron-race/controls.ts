import type { Mark } from "../chart/mark.ts";
import { sliderMarks } from "../control-marks.ts";
import { formatNumber } from "../format-number.ts";
import { playButtonMark } from "../play-button.ts";
import { neuronRaceSpecs, type NeuronRaceOptions } from "./neuron-race-options.ts";

/** How a slider shows its value: the step whole, the others to one decimal. */
export const valueText = (key: string, v: number): string => (key === "step" ? String(v) : formatNumber(v, 1));

/** The neuron race's controls for a state: sliders for the start, the learning rate and the step, and Play from the start, rendered by the build and adopted on mount. */
export function controls(o: NeuronRaceOptions, id: string): Mark[] {
  return [sliderMarks(neuronRaceSpecs, o, id, { format: valueText }), playButtonMark(id)];
}
