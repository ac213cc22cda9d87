import { afterEach, describe, expect, it } from "vitest";
import { towersGeometry } from "../../../src/widgets/towers/towers-geometry.ts";
import { towersOptions } from "../../../src/widgets/towers/towers-options.ts";
import { mount } from "../../../src/widgets/towers/towers.ts";

afterEach(() => {
  document.body.innerHTML = "";
});

describe("towersGeometry(options)", () => {
  it("draws finite paths and reports a smaller error for more towers", () => {
    const few = towersGeometry(towersOptions({ n: 5, steepness: 500 }));
    const many = towersGeometry(towersOptions({ n: 50, steepness: 1000 }));
    expect(few.approxPath + many.approxPath).not.toMatch(/NaN|Infinity/);
    expect(many.error.rms).toBeLessThan(few.error.rms / 5);
  });
});

describe("mount(el, options) for the towers", () => {
  it("redraws the approximation and the error when the tower count changes", () => {
    const el = document.createElement("div");
    document.body.append(el);
    mount(el, { n: 10 });
    const d = el.querySelector(".tw-approx")!.getAttribute("d");
    const readout = el.querySelector(".tw-readout")!.textContent;
    const slider = el.querySelector<HTMLInputElement>("input[id$=-n]")!;
    slider.value = "40";
    slider.dispatchEvent(new Event("input"));
    expect(el.querySelector(".tw-approx")!.getAttribute("d")).not.toBe(d);
    expect(el.querySelector(".tw-readout")!.textContent).not.toBe(readout);
  });
});
