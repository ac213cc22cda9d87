import { afterEach, describe, expect, it } from "vitest";
import { lstmGeometry, yScale } from "../../../src/widgets/lstm-gradient/lstm-geometry.ts";
import { lstmOptions } from "../../../src/widgets/lstm-gradient/lstm-options.ts";
import { mount } from "../../../src/widgets/lstm-gradient/lstm-gradient.ts";

afterEach(() => {
  document.body.innerHTML = "";
});

describe("lstmGeometry(options)", () => {
  it("with no recurrent weights on the gates, keeps the product of the forget gates, f^T", () => {
    const g = lstmGeometry(lstmOptions({ steps: 30, forget: 0.8 }));
    expect(Math.abs(g.lstm / 0.8 ** 30 - 1)).toBeLessThan(1e-12);
    expect(g.cyLstm).toBeCloseTo(yScale(0.8 ** 30), 0);
    expect(Math.abs(g.rnn)).toBeLessThanOrEqual(1);
  });

  it("draws finite paths even where the RNN's gradient underflows to zero", () => {
    const g = lstmGeometry(lstmOptions({ steps: 100, rnnWeight: 3 }));
    expect(g.rnnPath + g.lstmPath).not.toMatch(/NaN|Infinity/);
  });
});

describe("mount(el, options) for the LSTM comparison", () => {
  it("moves the marker with the length slider", () => {
    const el = document.createElement("div");
    document.body.append(el);
    mount(el);
    const cx = el.querySelector("circle.lg-lstm")!.getAttribute("cx");
    const slider = el.querySelector<HTMLInputElement>("input[id$=-steps]")!;
    slider.value = "80";
    slider.dispatchEvent(new Event("input"));
    expect(el.querySelector("circle.lg-lstm")!.getAttribute("cx")).not.toBe(cx);
    expect(el.querySelector(".lg-readout")!.textContent).toMatch(/^after 80 steps/);
  });
});
