import fc from "fast-check";
import { afterEach, describe, expect, it } from "vitest";
import { frame, softmaxGeometry } from "../../../src/widgets/softmax-bars/softmax-geometry.ts";
import { softmaxOptions } from "../../../src/widgets/softmax-bars/softmax-options.ts";
import { mount } from "../../../src/widgets/softmax-bars/softmax-bars.ts";

afterEach(() => {
  document.body.innerHTML = "";
});

const score = fc.double({ min: -5, max: 5, noNaN: true });

describe("softmaxGeometry(options)", () => {
  it("gives each class e^s / Σ e^s, and probability bars in proportion", () => {
    fc.assert(
      fc.property(score, score, score, (s1, s2, s3) => {
        const g = softmaxGeometry(softmaxOptions({ s1, s2, s3 }));
        const total = Math.exp(s1) + Math.exp(s2) + Math.exp(s3);
        [s1, s2, s3].forEach((s, i) => expect(g.rows[i]!.p).toBeCloseTo(Math.exp(s) / total, 12));
        const full = frame.columns[2]!.x1 - frame.columns[2]!.x0;
        g.rows.forEach((r) => expect(r.bars[2]![1]).toBeCloseTo(r.p * full, 0));
      }),
      { seed: 3, numRuns: 300 },
    );
  });
  it("with two classes pins the second score at 0, so class 1 gets 1 / (1 + e^−s)", () => {
    const g = softmaxGeometry(softmaxOptions({ s1: -0.4, s2: 3, classes: 2 }));
    expect(g.rows).toHaveLength(2);
    expect(g.rows[1]!.score).toBe(0);
    expect(g.rows[0]!.p).toBeCloseTo(1 / (1 + Math.exp(0.4)), 15);
    expect(g.description).toContain(`σ(−0.400) = ${(1 / (1 + Math.exp(0.4))).toFixed(3)}`);
  });
});

describe("mount(el, options) for the softmax bars", () => {
  it("has one slider per free score and redraws the bars when one moves", () => {
    const el = document.createElement("div");
    document.body.append(el);
    mount(el, { classes: 3 });
    const sliders = el.querySelectorAll<HTMLInputElement>("input[type=range]");
    expect(sliders).toHaveLength(3);
    const bar = el.querySelector('.sm-row[data-row="0"] .sm-bar-2')!;
    const before = bar.getAttribute("width");
    sliders[0]!.value = "4";
    sliders[0]!.dispatchEvent(new Event("input"));
    expect(bar.getAttribute("width")).not.toBe(before);
    expect(el.querySelector(".sm-readout")!.textContent).toContain("sum\u00a0=\u00a01.000");
  });
  it("shows one slider with two classes, and changes the class count live, rows and sliders alike", () => {
    const el = document.createElement("div");
    document.body.append(el);
    const widget = mount(el, { classes: 2 });
    const shown = () => [...el.querySelectorAll<HTMLInputElement>("input[type=range]")].filter((i) => !i.closest<HTMLElement>(".widget-control")!.hidden);
    expect(shown()).toHaveLength(1);
    expect(el.querySelectorAll(".sm-row")).toHaveLength(2);
    const svg = el.querySelector("svg")!;
    widget.update({ classes: 3 });
    expect(shown()).toHaveLength(3);
    expect(el.querySelectorAll(".sm-row")).toHaveLength(3);
    expect(el.querySelector("svg")).toBe(svg);
    expect(svg.getAttribute("viewBox")).toBe(`0 0 ${frame.width} ${frame.top + 3 * frame.rowHeight + 8}`);
    widget.update({ classes: 2 });
    expect(el.querySelectorAll(".sm-row")).toHaveLength(2);
    expect(el.querySelector(".sm-readout")!.textContent).toContain("sum\u00a0=\u00a01.000");
  });
});
