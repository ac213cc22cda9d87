import { afterEach, describe, expect, it, vi } from "vitest";
import { keyValue, KEY_STEP } from "../../../src/widgets/towers/tower-handles.ts";
import { mount } from "../../../src/widgets/towers/towers.ts";

afterEach(() => {
  document.body.innerHTML = "";
});

const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
// Nielsen's target, written out again: tower 4 of 10 stands on [0.3, 0.4] at its height at 0.35.
const target = (x: number) => 0.2 + 0.4 * x * x + 0.3 * x * Math.sin(15 * x) + 0.05 * Math.cos(50 * x);

function mounted(input: Record<string, number> = {}) {
  const el = document.createElement("div");
  document.body.append(el);
  const widget = mount(el, input);
  const svg = el.querySelector<SVGSVGElement>(".tw-svg")!;
  const handle = (key: string) => svg.querySelector<SVGGElement>(`[data-handle="${key}"]`)!;
  return { el, widget, svg, handle };
}

describe("keyValue(key, handle)", () => {
  const h = { value: 0.3, min: -1, max: 0.39 };
  it("moves by one step per arrow, ten per page key, to the ends with Home and End, within the limits", () => {
    expect(keyValue("ArrowRight", h)).toBeCloseTo(0.3 + KEY_STEP, 12);
    expect(keyValue("ArrowDown", h)).toBeCloseTo(0.3 - KEY_STEP, 12);
    expect(keyValue("PageUp", h)).toBe(0.39);
    expect(keyValue("Home", h)).toBe(-1);
    expect(keyValue("End", h)).toBe(0.39);
    expect(keyValue("a", h)).toBeNull();
  });
});

describe("mount(el, options) for the towers", () => {
  it("redraws the approximation and the error when the tower count changes", async () => {
    const { el } = mounted({ n: 10 });
    await frame();
    const d = el.querySelector(".tw-approx")!.getAttribute("d");
    const readout = el.querySelector(".tw-readout")!.textContent;
    const slider = el.querySelector<HTMLInputElement>("input[id$=-n]")!;
    slider.value = "40";
    slider.dispatchEvent(new Event("input"));
    await frame();
    expect(el.querySelector(".tw-approx")!.getAttribute("d")).not.toBe(d);
    // The error is measured once the frame showing the curves is painted.
    await vi.waitFor(() => expect(el.querySelector(".tw-readout")!.textContent).not.toBe(readout));
  });

  it("measures the error again when only the steepness changes", async () => {
    const { el, widget } = mounted({ n: 10, steepness: 200 });
    const readout = el.querySelector(".tw-readout")!.textContent;
    widget.update({ steepness: 20 });
    // Walls ten times less steep spread far into their neighbours: the largest error is another.
    await vi.waitFor(() => expect(el.querySelector(".tw-readout")!.textContent).not.toBe(readout));
  });

  it("shows the error of towers measured before at once when their count comes back, and the equal towers' after a reset", async () => {
    const { el, widget, handle } = mounted({ n: 10, tower: 4 });
    const readout = () => el.querySelector(".tw-readout")!.textContent;
    const ten = readout();
    widget.update({ n: 40 });
    await vi.waitFor(() => expect(readout()).not.toBe(ten));
    const forty = readout();
    widget.update({ n: 10 });
    expect(readout()).toBe(ten);
    widget.update({ n: 40 });
    expect(readout()).toBe(forty);
    widget.update({ n: 10 });
    handle("h").dispatchEvent(new KeyboardEvent("keydown", { key: "End", bubbles: true }));
    await vi.waitFor(() => expect(readout()).not.toBe(ten));
    el.querySelector<HTMLButtonElement>(".tw-reset")!.click();
    expect(readout()).toBe(ten);
  });

  it("makes each handle a named, focusable slider with its value", () => {
    const { handle } = mounted({ n: 10, tower: 4 });
    const a = handle("a");
    expect(a.getAttribute("role")).toBe("slider");
    expect(a.getAttribute("tabindex")).toBe("0");
    expect(a.getAttribute("aria-label")).toBe("tower 4 left wall a");
    expect(Number(a.getAttribute("aria-valuenow"))).toBeCloseTo(0.3, 12);
    expect(Number(handle("b").getAttribute("aria-valuenow"))).toBeCloseTo(0.4, 12);
    expect(Number(handle("h").getAttribute("aria-valuenow"))).toBeCloseTo(target(0.35), 12);
  });

  it("moves the shown tower's wall by the keyboard, and the sum, the tower and the error follow", async () => {
    const { el, handle } = mounted({ n: 10, tower: 4 });
    await frame();
    const before = { sum: el.querySelector(".tw-approx")!.getAttribute("d"), one: el.querySelector(".tw-one")!.getAttribute("d"), error: el.querySelector(".tw-readout")!.textContent };
    for (let i = 0; i < 5; i++) handle("a").dispatchEvent(new KeyboardEvent("keydown", { key: "ArrowLeft", bubbles: true }));
    await frame();
    expect(Number(handle("a").getAttribute("aria-valuenow"))).toBeCloseTo(0.3 - 5 * KEY_STEP, 12);
    expect(el.querySelector(".tw-approx")!.getAttribute("d")).not.toBe(before.sum);
    expect(el.querySelector(".tw-one")!.getAttribute("d")).not.toBe(before.one);
    expect(el.querySelector(".tw-one-readout")!.textContent).toContain("a\u00a0=\u00a00.25");
    await vi.waitFor(() => expect(el.querySelector(".tw-readout")!.textContent).not.toBe(before.error));
  });

  it("drags a wall and the height by pointer events, to the value under the pointer", () => {
    const { svg, handle } = mounted({ n: 10, tower: 4 });
    // The figure drawn at half its user size: 320 × 150 pixels at the page's origin.
    svg.getBoundingClientRect = () => ({ left: 0, top: 0, width: 320, height: 150, right: 320, bottom: 150, x: 0, y: 0, toJSON: () => ({}) }) as DOMRect;
    const grip = handle("b").querySelector(".tw-grip")!;
    grip.dispatchEvent(new PointerEvent("pointerdown", { pointerId: 1, clientX: 100, clientY: 135, bubbles: true }));
    // x = 0.6 sits at 40 + 0.6 × 584 user units, half that in pixels.
    svg.dispatchEvent(new PointerEvent("pointermove", { pointerId: 1, clientX: (40 + 0.6 * 584) / 2, clientY: 135, bubbles: true }));
    svg.dispatchEvent(new PointerEvent("pointerup", { pointerId: 1, bubbles: true }));
    expect(Number(handle("b").getAttribute("aria-valuenow"))).toBeCloseTo(0.6, 2);
    // A move after the pointer is released moves nothing.
    svg.dispatchEvent(new PointerEvent("pointermove", { pointerId: 1, clientX: 300, clientY: 135, bubbles: true }));
    expect(Number(handle("b").getAttribute("aria-valuenow"))).toBeCloseTo(0.6, 2);
    // Height 1 sits at 270 − (1.2 / 1.4) × 258 user units.
    handle("h").querySelector(".tw-grip")!.dispatchEvent(new PointerEvent("pointerdown", { pointerId: 2, clientX: 100, clientY: 100, bubbles: true }));
    svg.dispatchEvent(new PointerEvent("pointermove", { pointerId: 2, clientX: 100, clientY: (270 - (1.2 / 1.4) * 258) / 2, bubbles: true }));
    expect(Number(handle("h").getAttribute("aria-valuenow"))).toBeCloseTo(1, 2);
  });

  it("shows the tower under a click on the plot: its handles and the one-tower panel move to it", () => {
    const { el, svg, handle } = mounted({ n: 10, tower: 4 });
    svg.getBoundingClientRect = () => ({ left: 0, top: 0, width: 320, height: 150, right: 320, bottom: 150, x: 0, y: 0, toJSON: () => ({}) }) as DOMRect;
    // x = 0.75 (tower 8 of 10, on [0.7, 0.8]) at half the user units, on the plot's background.
    svg.dispatchEvent(new MouseEvent("click", { clientX: (40 + 0.75 * 584) / 2, clientY: 60, bubbles: true }));
    expect(el.querySelector<HTMLInputElement>("input[id$=-tower]")!.value).toBe("8");
    expect(handle("a").getAttribute("aria-label")).toBe("tower 8 left wall a");
    expect(Number(handle("a").getAttribute("aria-valuenow"))).toBeCloseTo(0.7, 12);
    expect(el.querySelector(".tw-one-readout")!.textContent).toContain("tower\u00a08");
  });

  it("a drag's closing click, which lands on the plot, shows no other tower; a click after it does", async () => {
    const { el, svg, handle } = mounted({ n: 10, tower: 4 });
    svg.getBoundingClientRect = () => ({ left: 0, top: 0, width: 320, height: 150, right: 320, bottom: 150, x: 0, y: 0, toJSON: () => ({}) }) as DOMRect;
    const tower = () => el.querySelector<HTMLInputElement>("input[id$=-tower]")!.value;
    handle("b").querySelector(".tw-grip")!.dispatchEvent(new PointerEvent("pointerdown", { pointerId: 1, clientX: 100, clientY: 135, bubbles: true }));
    // The wall dragged to x = 0.6, where tower 7 of 10 begins.
    svg.dispatchEvent(new PointerEvent("pointermove", { pointerId: 1, clientX: (40 + 0.6 * 584) / 2, clientY: 135, bubbles: true }));
    svg.dispatchEvent(new PointerEvent("pointerup", { pointerId: 1, bubbles: true }));
    svg.dispatchEvent(new MouseEvent("click", { clientX: (40 + 0.6 * 584) / 2, clientY: 135, bubbles: true }));
    expect(tower()).toBe("4");
    await new Promise((resolve) => setTimeout(resolve, 0));
    svg.dispatchEvent(new MouseEvent("click", { clientX: (40 + 0.75 * 584) / 2, clientY: 60, bubbles: true }));
    expect(tower()).toBe("8");
  });

  it("puts the equal towers back with its button", async () => {
    const { el, handle } = mounted({ n: 10, tower: 4 });
    handle("h").dispatchEvent(new KeyboardEvent("keydown", { key: "End", bubbles: true }));
    expect(Number(handle("h").getAttribute("aria-valuenow"))).toBe(1.2);
    el.querySelector<HTMLButtonElement>(".tw-reset")!.click();
    expect(Number(handle("h").getAttribute("aria-valuenow"))).toBeCloseTo(target(0.35), 12);
  });
});
