import { h, type Mark } from "../chart/mark.ts";
import { buttonMark, sliderMarks } from "../control-marks.ts";
import { formatNumber } from "../format-number.ts";
import { autodiffSpecs, LAST_STEP, type AutodiffOptions } from "./autodiff-options.ts";

/** How a slider shows its value: the step as "n of last", the inputs to one decimal. */
export const valueText = (key: string, v: number): string => (key === "step" ? `${v} of ${LAST_STEP}` : formatNumber(v, 1));

/** The autodiff graph's controls for a state: sliders, and Back and Next buttons, rendered by the build and adopted on mount. */
export function controls(o: AutodiffOptions, id: string): Mark[] {
  return [sliderMarks(autodiffSpecs, o, id, { format: valueText }), h("div", { class: "ad-buttons" }, [buttonMark(id, "back", "← Back"), buttonMark(id, "next", "Next →")])];
}
