import type { Mark } from "../chart/mark.ts";
import { sliderMarks } from "../control-marks.ts";
import { formatNumber } from "../format-number.ts";
import { natureSpecs, type NatureOptions } from "./nature-options.ts";

/** How a slider shows its value. */
export const valueText = (_: string, v: number): string => formatNumber(v, 1);

/** The curves' controls for a state: sliders for the Hill coefficient and the growth rate, rendered by the build and adopted on mount. */
export function controls(o: NatureOptions, id: string): Mark[] {
  return [sliderMarks(natureSpecs, o, id, { format: valueText })];
}
