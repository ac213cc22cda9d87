import { describe, expect, it } from "vitest";
import { frame, lstmCellMarkup, STEPS } from "../../../src/widgets/lstm-cell/lstm-cell-markup.ts";

describe("lstmCellMarkup(id)", () => {
  it("draws one cell per step, with one forget-gate factor and one addition on the state line each, and the gradient's arrow back along that line", () => {
    document.body.innerHTML = lstmCellMarkup("cell");
    expect(document.querySelectorAll(".lc-cell")).toHaveLength(STEPS.length);
    expect([...document.querySelectorAll(".lc-factor")].map((t) => t.textContent)).toEqual(STEPS.map((s) => `× f${s}`));
    const onPath = [...document.querySelectorAll(".lc-on-path")];
    expect(onPath).toHaveLength(2 * STEPS.length);
    expect(onPath.every((n) => Number(n.getAttribute("cy")) === frame.stateY)).toBe(true);
    // The arrow runs from the right edge to the left one, above the state line, and points left (its end is its tip).
    const numbers = [...document.querySelector(".lc-path")!.getAttribute("d")!.matchAll(/[\d.]+/g)].map((m) => Number(m[0]));
    const [start, end] = [numbers[0]!, numbers.at(-1)!];
    expect(start).toBeGreaterThan(frame.width - 10);
    expect(end).toBeLessThan(12);
    expect(document.querySelector(".lc-path")!.getAttribute("marker-end")).toBe("url(#cell-arrow)");
    expect(document.querySelector("svg")!.getAttribute("aria-labelledby")).toBe("cell-desc");
  });
});
