import { afterEach, describe, expect, it } from "vitest";
import { backpropChain } from "../../../src/grad/backprop-chain.ts";
import { mount } from "../../../src/widgets/backprop-stepper/backprop-stepper.ts";
import { stepperDraw } from "../../../src/widgets/backprop-stepper/stepper-draw.ts";
import { stepperGeometry } from "../../../src/widgets/backprop-stepper/stepper-geometry.ts";
import { toMarkup } from "../../../src/widgets/chart/mark.ts";
import { stepperOptions } from "../../../src/widgets/backprop-stepper/stepper-options.ts";
import { formatNumber } from "../../../src/widgets/format-number.ts";

afterEach(() => {
  document.body.innerHTML = "";
});

describe("stepperGeometry(options)", () => {
  it("shows the chain's values, revealing error terms only once the walk reaches them", () => {
    const o = stepperOptions({ x: -1.5, wqj: 2.5, stage: 3 });
    const g = stepperGeometry(o);
    const pass = backpropChain({ x: -1.5, y: o.y, wxq: o.wxq, wqj: 2.5, wjk: o.wjk, eta: o.eta });
    expect(g.nodes[3]!.lines[2]).toBe(`δ_k = ${formatNumber(pass.deltaK, 4)}`);
    expect(g.nodes[2]!.lines[2]).toBe(`δ_j = ${formatNumber(pass.deltaJ, 4)}`);
    expect(g.nodes[1]!.lines[2]).toBe("");
    expect(g.edges[0]!.update).toBe("");
    expect(g.values[6]).toBe(formatNumber(pass.dwXQ, 4));
  });

  it("uses typeset formulas when the build gives them, and hides later stages", () => {
    const html = toMarkup(stepperDraw(stepperOptions({ stage: 1 }), "t", ["<b>F0</b>", "F1", "F2", "F3", "F4", "F5", "F6"]));
    expect(html).toContain('<span class="bp-formula"><b>F0</b></span>');
    expect(html.match(/ hidden/g)).toHaveLength(5);
  });
});

describe("mount(el, options) for the backprop stepper", () => {
  it("walks the stages with Start over, Back and Next, and follows a weight slider", () => {
    const el = document.createElement("div");
    document.body.append(el);
    const widget = mount(el);
    const [start, back, next] = [...el.querySelectorAll<HTMLButtonElement>(".bp-buttons button")];
    start!.click();
    expect(widget.options.stage).toBe(0);
    expect(el.querySelectorAll(".bp-stage:not([hidden])")).toHaveLength(1);
    expect(back!.disabled).toBe(true);
    next!.click();
    next!.click();
    expect(el.querySelector('.bp-stage[aria-current="step"]')!.getAttribute("data-stage")).toBe("2");
    const before = el.querySelector('[data-node="3"][data-line="2"]')!.textContent;
    const slider = el.querySelector<HTMLInputElement>("input[id$=-wjk]")!;
    slider.value = "-2";
    slider.dispatchEvent(new Event("input"));
    expect(el.querySelector('[data-node="3"][data-line="2"]')!.textContent).not.toBe(before);
    widget.destroy();
    expect(el.innerHTML).toBe("");
  });
});
