import { h, type Mark } from "../chart/mark.ts";
import { buttonMark, sliderMarks } from "../control-marks.ts";
import { formatNumber } from "../format-number.ts";
import { LAB_BUTTONS, labSpecs, type LabOptions } from "./lab-options.ts";

/** How a slider shows its value: the learning rate to two decimals, the others whole. */
export const valueText = (key: string, v: number): string => (key === "learningRate" ? formatNumber(v, 2) : String(v));

/**
 * The lab's controls for a state: a button per preset (`preset-<index>`), the sliders, and Train, Step and Reset,
 * rendered by the build and adopted on mount.
 */
export function controls(o: LabOptions, id: string): Mark[] {
  return [
    h(
      "div",
      { class: "gl-presets", role: "group", "aria-label": "Presets" },
      LAB_BUTTONS.map((p, i) => buttonMark(id, `preset-${i}`, p.name, { class: "gl-preset" })),
    ),
    sliderMarks(labSpecs, o, id, { format: valueText }),
    h("div", { class: "gl-actions" }, [buttonMark(id, "train", "Train", { "aria-pressed": "false" }), buttonMark(id, "step", "Step"), buttonMark(id, "reset", "Reset")]),
  ];
}
