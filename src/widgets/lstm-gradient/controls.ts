import type { Mark } from "../chart/mark.ts";
import { sliderMarks } from "../control-marks.ts";
import { formatNumber } from "../format-number.ts";
import { lstmSpecs, type LstmOptions } from "./lstm-options.ts";

/** How a slider shows its value: the length whole, the forget gate to three decimals, the weights to two. */
export const valueText = (key: string, v: number): string => (key === "steps" ? String(v) : formatNumber(v, key === "forget" ? 3 : 2));

/** The LSTM comparison's controls for a state: sliders for the length, the gates and the weights, rendered by the build and adopted on mount. */
export function controls(o: LstmOptions, id: string): Mark[] {
  return [sliderMarks(lstmSpecs, o, id, { format: valueText })];
}
