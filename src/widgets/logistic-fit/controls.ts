import type { Mark } from "../chart/mark.ts";
import { buttonMark, sliderMarks } from "../control-marks.ts";
import { formatNumber } from "../format-number.ts";
import { fitSpecs, type FitOptions } from "./fit-options.ts";

/** How a slider shows its value. */
export const valueText = (_: string, v: number): string => formatNumber(v, 2);

/** The fit's controls for a state: sliders for the weight and the bias, and Train, rendered by the build and adopted on mount. */
export function controls(o: FitOptions, id: string): Mark[] {
  return [sliderMarks(fitSpecs, o, id, { format: valueText }), buttonMark(id, "train", "Train (gradient descent on cross-entropy)")];
}
