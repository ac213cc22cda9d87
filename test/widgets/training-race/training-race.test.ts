import { afterEach, describe, expect, it, vi } from "vitest";
import { sigmoidSetup } from "../../../src/grad/article-setups.ts";
import { raceBest, trainRace } from "../../../src/grad/train-race.ts";
import { raceGeometry } from "../../../src/widgets/training-race/race-geometry.ts";
import { raceMarkup } from "../../../src/widgets/training-race/race-markup.ts";
import { RUNNERS } from "../../../src/widgets/training-race/race-runners.ts";
import { mount } from "../../../src/widgets/training-race/training-race.ts";
import { toMarkup } from "../../../src/widgets/chart/mark.ts";
import { controls } from "../../../src/widgets/training-race/controls.ts";
import { raceOptions } from "../../../src/widgets/training-race/race-options.ts";

afterEach(() => {
  document.body.innerHTML = "";
});

// Rates handed in by the markup, as the build's sweep would: the widget must train at exactly these.
const BEST = [3, 1, 0.5];

function built(step: number): HTMLElement {
  const el = document.createElement("div");
  const losses = RUNNERS.map((name, k) => trainRace(name, { steps: step, learningRate: BEST[k]!, seed: sigmoidSetup.race.seed }));
  el.innerHTML = toMarkup(controls(raceOptions({ step }), "race")) + raceMarkup(raceGeometry({ step, rates: BEST, losses }), "race", BEST);
  document.body.append(el);
  return el;
}

const idle = (el: HTMLElement) => vi.waitUntil(() => el.getAttribute("aria-busy") === "false", { timeout: 60_000, interval: 10 });
const text = (el: HTMLElement, selector: string) => el.querySelector(selector)!.textContent ?? "";
const play = (el: HTMLElement) => [...el.querySelectorAll("button")].find((b) => b.textContent !== "Reset")!;

describe("mount(el, options) for the training race", () => {
  it("adopts the build's picture without training: nothing is asked of the trainer until the reader changes the state", () => {
    const el = built(400);
    const before = el.querySelector(".tr-curve.tr-sigmoid")!.getAttribute("d");
    const widget = mount(el, { step: 400 });
    // A request in flight would leave the figure busy; the picture is the build's, untouched.
    expect(el.getAttribute("aria-busy")).toBe("false");
    expect(el.querySelector(".tr-curve.tr-sigmoid")!.getAttribute("d")).toBe(before);
    widget.update({ step: 10 });
    expect(el.getAttribute("aria-busy")).toBe("true");
    widget.destroy();
  });

  it("trains at the rates the build found, draws the curves up to the step reached, and plays, pauses, resumes and resets", async () => {
    const el = built(400);
    const widget = mount(el, { step: 400 });
    await idle(el);
    const losses = RUNNERS.map((name, k) => trainRace(name, { steps: 400, learningRate: BEST[k]!, seed: sigmoidSetup.race.seed }));
    expect(el.querySelector(".tr-curve.tr-tanh")!.getAttribute("d")).toBe(raceGeometry({ step: 400, rates: BEST, losses }).runners[1]!.path);
    expect(text(el, ".tr-panel-sigmoid .tr-title")).toBe("sigmoid, η = 3");
    expect(text(el, ".tr-readout")).toMatch(/^step 400: sigmoid/);
    expect(play(el).textContent).toBe("Play from the start");

    play(el).click();
    expect(play(el).textContent).toBe("Pause");
    expect(text(el, ".tr-status")).toBe("Training from step 0.");
    await vi.waitUntil(() => widget.options.step >= 20, { timeout: 60_000, interval: 10 });
    play(el).click();
    await idle(el);
    const paused = widget.options.step;
    expect(paused).toBeGreaterThan(0);
    expect(paused).toBeLessThan(400);
    expect(play(el).textContent).toBe("Resume");
    // The readout and the one announcement say where it stopped, with the losses of a training to that step.
    const there = RUNNERS.map((name, k) => trainRace(name, { steps: paused, learningRate: BEST[k]!, seed: sigmoidSetup.race.seed }));
    const expected = `step ${paused}: sigmoid\u00a0${there[0]!.at(-1)!.toFixed(3)}`;
    await vi.waitUntil(() => text(el, ".tr-readout").startsWith(expected), { timeout: 5_000, interval: 10 });
    expect(text(el, ".tr-status").startsWith(expected)).toBe(true);
    await new Promise((r) => setTimeout(r, 100));
    expect(widget.options.step).toBe(paused);

    play(el).click();
    await vi.waitUntil(() => widget.options.step === 400 && play(el).textContent === "Play from the start", { timeout: 60_000, interval: 10 });
    await idle(el);

    [...el.querySelectorAll("button")].find((b) => b.textContent === "Reset")!.click();
    await idle(el);
    expect(widget.options.step).toBe(0);
    await vi.waitUntil(() => text(el, ".tr-readout").startsWith("step 0:"), { timeout: 5_000, interval: 10 });
    expect(play(el).textContent).toBe("Play");
    widget.destroy();
  }, 90_000);

  it("the multiplier scales every rate: the titles say so and the curves are those of the scaled rates", async () => {
    const el = built(400);
    const widget = mount(el, { step: 100, learningRate: 0.5 });
    await idle(el);
    expect(text(el, ".tr-panel-relu .tr-title")).toBe("ReLU, η = 0.25");
    const relu = trainRace("relu", { steps: 100, learningRate: BEST[2]! * 0.5, seed: sigmoidSetup.race.seed });
    await vi.waitUntil(() => text(el, ".tr-readout").endsWith(`ReLU\u00a0${relu.at(-1)!.toFixed(3)}`), { timeout: 5_000, interval: 10 });
    widget.destroy();
  }, 60_000);

  it("without a picture from the build (an embed) and without a worker, sweeps the rates in the page first, then trains", async () => {
    const el = document.createElement("div");
    document.body.append(el);
    const widget = mount(el, { step: 5 });
    expect(el.getAttribute("aria-busy")).toBe("true");
    await idle(el);
    const names = { sigmoid: "sigmoid", tanh: "tanh", relu: "ReLU" };
    for (const name of RUNNERS) expect(text(el, `.tr-panel-${name} .tr-title`)).toBe(`${names[name]}, η = ${raceBest(name, sigmoidSetup.race).learningRate}`);
    expect(text(el, ".tr-readout")).toMatch(/^step 5: /);
    widget.destroy();
  }, 120_000);
});
