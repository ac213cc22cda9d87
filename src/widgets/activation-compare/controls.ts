import type { Mark } from "../chart/mark.ts";
import { sliderMarks } from "../control-marks.ts";
import { compareSpecs, type CompareOptions } from "./compare-options.ts";

/** The comparison's controls for a state: the probe's slider, rendered by the build and adopted on mount. */
export function controls(o: CompareOptions, id: string): Mark[] {
  return [sliderMarks(compareSpecs, o, id)];
}
