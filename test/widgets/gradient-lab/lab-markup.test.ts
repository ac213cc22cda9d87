import { describe, expect, it } from "vitest";
import { LAB_PRESETS, labRun } from "../../../src/grad/lab-trainer.ts";
import { labGeometry } from "../../../src/widgets/gradient-lab/lab-geometry.ts";
import { labMarkup } from "../../../src/widgets/gradient-lab/lab-markup.ts";
import { optionsOf } from "../../../src/widgets/gradient-lab/lab-options.ts";

describe("labMarkup(geometry, id)", () => {
  it("writes the lab's 12-unit text size on each of its four panels' SVGs, which the chart stylesheet sizes their text by", () => {
    const host = document.createElement("div");
    host.innerHTML = labMarkup(labGeometry(optionsOf(LAB_PRESETS.sigmoidSmall), labRun(LAB_PRESETS.sigmoidSmall, 3)), "lab");
    const svgs = [...host.querySelectorAll("svg")];
    expect(svgs.map((s) => [s.getAttribute("class")!.split(" ")[0], s.getAttribute("font-size")])).toEqual(Array(4).fill(["chart-svg", "12"]));
    expect(svgs.every((s) => s.querySelectorAll("text").length > 0)).toBe(true);
  });
});
