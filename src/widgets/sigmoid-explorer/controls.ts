import type { Mark } from "../chart/mark.ts";
import { sliderMarks } from "../control-marks.ts";
import { explorerSpecs, type ExplorerOptions } from "./explorer-options.ts";

/** The explorer's controls for a state: a slider for w, b and the probe, rendered by the build and adopted on mount. */
export function controls(o: ExplorerOptions, id: string): Mark[] {
  return [sliderMarks(explorerSpecs, o, id)];
}
