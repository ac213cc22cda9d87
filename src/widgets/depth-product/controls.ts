import type { Mark } from "../chart/mark.ts";
import { sliderMarks } from "../control-marks.ts";
import { depthSpecs, type DepthOptions } from "./depth-options.ts";

/** The depth product's controls for a state: sliders for the depth, the weight and the pre-activation, rendered by the build and adopted on mount. */
export function controls(o: DepthOptions, id: string): Mark[] {
  return [sliderMarks(depthSpecs, o, id)];
}
