import { h, type Mark } from "../chart/mark.ts";
import { CONTROL_ATTRIBUTE, controlId, sliderMarks } from "../control-marks.ts";
import { formatNumber } from "../format-number.ts";
import { panelsSpecs, type PanelsOptions } from "./panels-options.ts";

/** How a slider shows its value: the target to two decimals, the logit to one. */
export const valueText = (key: string, v: number): string => formatNumber(v, key === "p" ? 2 : 1);

/** The panels' controls for a state: sliders for the probe and the target, and the cross-entropy switch (`ce`), rendered by the build and adopted on mount. */
export function controls(o: PanelsOptions, id: string): Mark[] {
  return [
    sliderMarks(panelsSpecs, o, id, { keys: ["x", "p"], format: valueText }),
    h("label", { class: "mp-toggle" }, [
      h("input", { type: "checkbox", id: controlId(id, "ce"), checked: o.ce === 1, disabled: true, [CONTROL_ATTRIBUTE]: "ce" }),
      h("span", {}, "show binary cross-entropy beside MSE"),
    ]),
  ];
}
