import type { Mark } from "../chart/mark.ts";
import { buttonMark, sliderMarks } from "../control-marks.ts";
import { towersSpecs, type TowersOptions } from "./towers-options.ts";

/**
 * The towers figure's controls for a state: sliders for the number of towers, their steepness and the tower shown (up
 * to the number of towers), and a button that makes the towers equal again, rendered by the build and adopted on mount.
 */
export function controls(o: TowersOptions, id: string): Mark[] {
  return [sliderMarks(towersSpecs, o, id, { max: (key, state) => (key === "tower" ? state.n : towersSpecs[key].max), after: [buttonMark(id, "reset", "Equal towers again", { class: "tw-reset" })] })];
}
