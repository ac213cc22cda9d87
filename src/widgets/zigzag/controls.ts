import type { Mark } from "../chart/mark.ts";
import { sliderMarks } from "../control-marks.ts";
import { formatNumber } from "../format-number.ts";
import { playButtonMark } from "../play-button.ts";
import { zigzagSpecs, type ZigzagOptions } from "./zigzag-options.ts";

/** How a slider shows its value: the step whole, the learning rate to one decimal. */
export const valueText = (key: string, v: number): string => (key === "step" ? String(v) : formatNumber(v, 1));

/** The zig-zag's controls for a state: sliders for the learning rate and the step, and Play from the start, rendered by the build and adopted on mount. */
export function controls(o: ZigzagOptions, id: string): Mark[] {
  return [sliderMarks(zigzagSpecs, o, id, { format: valueText }), playButtonMark(id)];
}
