import { h, type Mark } from "../chart/mark.ts";
import { buttonMark, sliderMarks } from "../control-marks.ts";
import { formatNumber } from "../format-number.ts";
import { LAST_STAGE, stepperSpecs, type StepperOptions } from "./stepper-options.ts";

/** How a slider shows its value: the stage as "n of last", the chain's values to two decimals. */
export const valueText = (key: string, v: number): string => (key === "stage" ? `${v} of ${LAST_STAGE}` : formatNumber(v, 2));

/** The stepper's controls for a state: Start over, Back and Next, then the chain's sliders, rendered by the build and adopted on mount. */
export function controls(o: StepperOptions, id: string): Mark[] {
  return [
    h("div", { class: "bp-buttons" }, [buttonMark(id, "start", "Start over"), buttonMark(id, "back", "← Back"), buttonMark(id, "next", "Next →")]),
    sliderMarks(stepperSpecs, o, id, { format: valueText }),
  ];
}
