import { afterEach, describe, expect, it } from "vitest";
import { natureGeometry } from "../../../src/widgets/nature-curves/nature-geometry.ts";
import { natureOptions } from "../../../src/widgets/nature-curves/nature-options.ts";
import { mount } from "../../../src/widgets/nature-curves/nature-curves.ts";

afterEach(() => {
  document.body.innerHTML = "";
});

describe("natureGeometry(options)", () => {
  it("gives the Hill curve's slope n/4 at L = K", () => {
    expect(natureGeometry(natureOptions({ n: 3.2 })).slope).toBeCloseTo(0.8, 12);
  });
});

describe("mount(el, options) for the nature curves", () => {
  it("steepens the Hill curve with n and leaves the growth curve alone", () => {
    const el = document.createElement("div");
    document.body.append(el);
    const widget = mount(el);
    const hill = el.querySelector(".nc-hill")!.getAttribute("d");
    const growth = el.querySelector(".nc-growth")!.getAttribute("d");
    widget.update({ n: 1 });
    expect(el.querySelector(".nc-hill")!.getAttribute("d")).not.toBe(hill);
    expect(el.querySelector(".nc-growth")!.getAttribute("d")).toBe(growth);
    expect(el.querySelector(".nc-readout")!.textContent).toContain("n/4 = 0.250");
  });
});
