import { afterEach, describe, expect, it } from "vitest";
import { COLS, conceptGeometry, digitPixels } from "../../../src/widgets/concept-detector/concept-geometry.ts";
import { DIGIT_NAMES } from "../../../src/widgets/concept-detector/concept-options.ts";
import { mount } from "../../../src/widgets/concept-detector/concept-detector.ts";

afterEach(() => {
  document.body.innerHTML = "";
});

const logistic = (z: number) => 1 / (1 + Math.exp(-z));
/** Counts inked pixels of a digit in one column, independently of the widget's weights. */
const inked = (pixels: number[], col: number) => pixels.filter((p, i) => p === 1 && i % COLS === col).length;

describe("conceptGeometry(pixels, bias)", () => {
  it("fires for digits with a right-hand stroke and not for an 8 or a 0, with bias −3", () => {
    const fires = DIGIT_NAMES.map((name, i) => [name, conceptGeometry(digitPixels(i), -3).step]);
    expect(Object.fromEntries(fires)).toEqual({ one: 1, four: 1, seven: 1, eight: 0, zero: 0 });
  });
  it("sums +1 per right-hand pixel and −1 per left-hand pixel, then adds the bias", () => {
    DIGIT_NAMES.forEach((_, i) => {
      const px = digitPixels(i);
      const z = inked(px, COLS - 1) - inked(px, 0) - 3;
      const g = conceptGeometry(px, -3);
      expect(g.z).toBe(z);
      expect(g.sigma).toBeCloseTo(logistic(z), 15);
    });
  });
});

describe("mount(el, options) for the concept detector", () => {
  it("toggles a pixel on click and updates the sum, and the presets restore a digit", () => {
    const el = document.createElement("div");
    document.body.append(el);
    const widget = mount(el, { digit: 1, b: -3 });
    const cells = el.querySelectorAll<HTMLButtonElement>(".cd-grid button");
    expect(cells).toHaveLength(35);
    expect(el.querySelector(".cd-sum")!.textContent).toContain("z\u00a0=\u00a07\u00a0−\u00a03");
    cells[0]!.click();
    expect(cells[0]!.getAttribute("aria-pressed")).toBe("false");
    expect(el.querySelector(".cd-sum")!.textContent).toContain("z\u00a0=\u00a07\u00a0−\u00a02");
    widget.update({ b: -1 });
    expect(el.querySelector(".cd-sum")!.textContent).toContain("−\u00a02\u00a0+\u00a0(−1.00)");
    [...el.querySelectorAll<HTMLButtonElement>(".cd-presets button")].find((b) => b.textContent === "eight")!.click();
    expect(widget.options.digit).toBe(3);
    expect(el.querySelector(".cd-sum")!.textContent).toContain("4\u00a0−\u00a04");
  });
});
