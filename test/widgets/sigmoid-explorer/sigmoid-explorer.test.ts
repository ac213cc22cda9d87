import { afterEach, describe, expect, it, vi } from "vitest";
import type { FigureFn } from "../../../src/widgets/define-widget.ts";
import { islandMarkup } from "../../../src/widgets/island-markup.ts";
import { figure } from "../../../src/widgets/sigmoid-explorer/figure.ts";
import explorer from "../../../src/widgets/sigmoid-explorer/widget.ts";
import { explorerOptions } from "../../../src/widgets/sigmoid-explorer/explorer-options.ts";
import { mount } from "../../../src/widgets/sigmoid-explorer/sigmoid-explorer.ts";

const logistic = (z: number) => 1 / (1 + Math.exp(-z));

afterEach(() => {
  document.body.innerHTML = "";
});

function host(): HTMLElement {
  const el = document.createElement("div");
  document.body.append(el);
  return el;
}

describe("mount(el, options)", () => {
  it("draws the figure and one labelled native slider per option", () => {
    const el = host();
    mount(el, { w: 3 });
    expect(el.querySelector("svg.sx-svg")).not.toBeNull();
    const sliders = [...el.querySelectorAll<HTMLInputElement>("input[type=range]")];
    expect(sliders.map((s) => s.closest(".widget-control")?.textContent?.trim().split(/\s/)[0])).toEqual(["weight", "bias", "probe"]);
    expect(sliders[0]!.value).toBe("3");
    // Each slider is its label's control (the <output> beside it is labelable too).
    expect(sliders.every((s) => s.labels?.[0]?.htmlFor === s.id)).toBe(true);
  });
  it("redraws when a slider moves, and the readout follows", () => {
    const el = host();
    mount(el, { w: 1, b: 0, x: 1 });
    const before = el.querySelector(".sx-sigma")!.getAttribute("d");
    const bias = el.querySelectorAll<HTMLInputElement>("input[type=range]")[1]!;
    bias.value = "-2";
    bias.dispatchEvent(new Event("input"));
    expect(el.querySelector(".sx-sigma")!.getAttribute("d")).not.toBe(before);
    expect(el.querySelector(".sx-readout")!.textContent).toContain(`σ\u00a0=\u00a0${logistic(-1).toFixed(3)}`);
  });
  it("update() validates and merges; bad values throw and leave the figure as it was", () => {
    const el = host();
    const widget = mount(el);
    expect(widget.update({ b: 2 })).toEqual({ w: 1, b: 2, x: 1 });
    const d = el.querySelector(".sx-sigma")!.getAttribute("d");
    expect(() => widget.update({ w: NaN })).toThrow(/option "w" must be a finite number/);
    expect(el.querySelector(".sx-sigma")!.getAttribute("d")).toBe(d);
    expect(widget.options).toEqual({ w: 1, b: 2, x: 1 });
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    expect(widget.update({ x: 99 }).x).toBe(6);
    expect(warn).toHaveBeenCalledOnce();
    expect(el.innerHTML).not.toContain("NaN");
  });
  it("adopts a static figure rendered at build time instead of drawing a second one", () => {
    const el = host();
    el.innerHTML = islandMarkup(explorer, figure as FigureFn<never>, explorerOptions({ w: 2 }), "built");
    mount(el, { w: 2 });
    expect(el.querySelectorAll("svg")).toHaveLength(1);
    expect(el.querySelector("input")!.id).toBe("built-w");
  });
  it("destroy() restores the element as it was", () => {
    const el = host();
    el.innerHTML = "<p>static</p>";
    const widget = mount(el);
    widget.destroy();
    expect(el.innerHTML).toBe("<p>static</p>");
  });
});
