import { h, type Mark } from "../chart/mark.ts";
import { buttonMark, sliderMarks } from "../control-marks.ts";
import { formatNumber } from "../format-number.ts";
import { conceptSpecs, DIGIT_NAMES, type ConceptOptions } from "./concept-options.ts";

/** How the bias slider shows its value. */
export const valueText = (_: string, v: number): string => formatNumber(v, 1);

/** The detector's controls for a state: the bias slider and a button per digit (`digit-<index>`), rendered by the build and adopted on mount. */
export function controls(o: ConceptOptions, id: string): Mark[] {
  return [
    sliderMarks(conceptSpecs, o, id, { keys: ["b"], format: valueText }),
    h(
      "div",
      { class: "cd-presets" },
      DIGIT_NAMES.map((name, i) => buttonMark(id, `digit-${i}`, name)),
    ),
  ];
}
