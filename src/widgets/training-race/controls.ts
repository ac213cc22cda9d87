import { h, type Mark } from "../chart/mark.ts";
import { buttonMark, CONTROL_ATTRIBUTE, controlId, sliderMarks } from "../control-marks.ts";
import { formatNumber } from "../format-number.ts";
import { RACE_STEPS, raceSpecs, type RaceOptions } from "./race-options.ts";

/** How a slider shows its value: the steps whole, the multiplier with its ×. */
export const valueText = (key: string, v: number): string => (key === "step" ? String(v) : `${formatNumber(v, 1)}×`);

/** The play button's label while the race is not playing, at a step. */
export function playLabel(step: number): string {
  return step >= RACE_STEPS ? "Play from the start" : step > 0 ? "Resume" : "Play";
}

/**
 * The race's controls for a state: its sliders, Play and Reset with the busy note, and the status line read to screen
 * readers (`status`), rendered by the build and adopted on mount.
 */
export function controls(o: RaceOptions, id: string): Mark[] {
  return [
    sliderMarks(raceSpecs, o, id, { format: valueText }),
    h("div", { class: "tr-actions" }, [buttonMark(id, "play", playLabel(o.step)), buttonMark(id, "reset", "Reset"), h("span", { class: "tr-busy" }, "training…")]),
    h("p", { class: "visually-hidden tr-status", role: "status", id: controlId(id, "status"), [CONTROL_ATTRIBUTE]: "status" }),
  ];
}
