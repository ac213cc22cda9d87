import type { Mark } from "../chart/mark.ts";
import { sliderMarks } from "../control-marks.ts";
import { formatNumber } from "../format-number.ts";
import { softmaxSpecs, type SoftmaxOptions } from "./softmax-options.ts";

/** How a score slider shows its value. */
export const valueText = (_: string, v: number): string => formatNumber(v, 1);

/**
 * The softmax figure's controls for a state: a slider per score, rendered by the build and adopted on mount. With two
 * classes the second score is pinned at 0 and there is no third: only the first slider shows.
 */
export function controls(o: SoftmaxOptions, id: string): Mark[] {
  return [sliderMarks(softmaxSpecs, o, id, { keys: ["s1", "s2", "s3"], format: valueText, hidden: (key, state) => key !== "s1" && state.classes === 2 })];
}
