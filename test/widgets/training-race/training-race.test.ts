import { afterEach, describe, expect, it, vi } from "vitest";
import { attributesWritten } from "../../helpers/attributes-written.ts";
import { sigmoidSetup } from "../../../src/grad/article-setups.ts";
import { raceBest, trainRace } from "../../../src/grad/train-race.ts";
import { raceGeometry } from "../../../src/widgets/training-race/race-geometry.ts";
import { raceMarkup } from "../../../src/widgets/training-race/race-markup.ts";
import { RUNNERS } from "../../../src/widgets/training-race/race-runners.ts";
import { mount } from "../../../src/widgets/training-race/training-race.ts";
import { toMarkup } from "../../../src/widgets/chart/mark.ts";
import { controls } from "../../../src/widgets/training-race/controls.ts";
import { RACE_STEPS, raceOptions } from "../../../src/widgets/training-race/race-options.ts";

afterEach(() => {
  vi.useRealTimers();
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

/**
 * The page's animation frames on vitest's clock instead of happy-dom's, which runs them back to back as fast as it can:
 * a playing race then spun a core and took as many steps as the machine's speed allowed. Only the frames are faked
 * (each stamped with the fake clock's time, from which the race counts its steps); timers, messages and performance.now,
 * by which the trainer in the page slices its work, stay real.
 */
const frameClock = () => vi.useFakeTimers({ toFake: ["requestAnimationFrame", "cancelAnimationFrame"] });

/** Waits, in real time and without moving the frame clock, until `done` holds. */
async function waitFor(done: () => boolean, what: string): Promise<void> {
  const end = Date.now() + 60_000;
  while (!done()) {
    if (Date.now() > end) throw new Error(`${what}: not within a minute`);
    await new Promise((r) => setTimeout(r, 1));
  }
}

/** Waits until the figure, neither playing nor owed an answer, says it is not busy: settled, its last answer painted. */
const settled = (el: HTMLElement) => waitFor(() => el.getAttribute("aria-busy") === "false", "the figure did not settle");

/**
 * Waits until the trainer has answered what the last frame asked: the figure then has a picture for a coming frame (a
 * frame is requested; the race requests none while it waits for an answer), or it has settled.
 */
const answered = (el: HTMLElement) => waitFor(() => vi.getTimerCount() > 0 || el.getAttribute("aria-busy") === "false", "the trainer did not answer");

/**
 * Shows the page one frame (16 ms on the frame clock) at a time, each once the trainer has answered what the last one
 * asked, until `until` holds: a play is then the same sequence of states however slow the machine, and takes no longer
 * than its training.
 */
async function frames(el: HTMLElement, until: () => boolean, most = 5_000): Promise<number> {
  for (let n = 0; ; n++) {
    await answered(el);
    if (until()) return n;
    if (n === most) throw new Error(`not there after ${most} frames`);
    vi.advanceTimersToNextFrame();
  }
}

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

  it("adopts the build's figure, which says aria-busy=\"false\", writing no attribute on its element; a bare element is told it is busy while its sweep is answered", async () => {
    vi.stubGlobal("Worker", undefined);
    const el = built(400);
    el.setAttribute("aria-busy", "false");
    let widget!: ReturnType<typeof mount>;
    expect(await attributesWritten(el, () => (widget = mount(el, { step: 400 })))).toEqual([]);
    expect(el.getAttribute("aria-busy")).toBe("false");
    const bare = document.createElement("div");
    document.body.append(bare);
    const other = mount(bare, {});
    // Its sweep is asked for at once: busy until it is answered.
    expect(bare.getAttribute("aria-busy")).toBe("true");
    widget.destroy();
    other.destroy();
    vi.unstubAllGlobals();
  });

  it("trains at the rates the build found, draws the curves up to the step reached, and plays, pauses, resumes and resets", async () => {
    frameClock();
    const el = built(400);
    const builtCurves = RUNNERS.map((name) => el.querySelector(`.tr-curve.tr-${name}`)!.getAttribute("d"));
    const builtReadout = text(el, ".tr-readout");
    const widget = mount(el, { step: 400 });
    await settled(el);
    const losses = RUNNERS.map((name, k) => trainRace(name, { steps: 400, learningRate: BEST[k]!, seed: sigmoidSetup.race.seed }));
    expect(el.querySelector(".tr-curve.tr-tanh")!.getAttribute("d")).toBe(raceGeometry({ step: 400, rates: BEST, losses }).runners[1]!.path);
    expect(text(el, ".tr-panel-sigmoid .tr-title")).toBe("sigmoid, η = 3");
    expect(text(el, ".tr-readout")).toMatch(/^step 400: sigmoid/);
    expect(play(el).textContent).toBe("Play from the start");

    play(el).click();
    expect(play(el).textContent).toBe("Pause");
    expect(text(el, ".tr-status")).toBe("Training from step 0.");
    // Busy while the first steps are trained: the figure says so.
    expect(el.getAttribute("aria-busy")).toBe("true");
    // At 80 steps a second of the frame clock, and a picture every 100 ms: step 20 comes within a second of frames.
    expect(await frames(el, () => widget.options.step >= 20)).toBeLessThanOrEqual(60);
    // Drawn as it trains: the curves reach the step shown, with the losses of a training to it.
    const shown = Number(text(el, ".tr-readout").match(/^step (\d+):/)![1]);
    expect(shown).toBeGreaterThan(0);
    const sofar = RUNNERS.map((name, k) => trainRace(name, { steps: shown, learningRate: BEST[k]!, seed: sigmoidSetup.race.seed }));
    expect(el.querySelector(".tr-curve.tr-relu")!.getAttribute("d")).toBe(raceGeometry({ step: shown, rates: BEST, losses: sofar }).runners[2]!.path);
    play(el).click();
    await settled(el);
    const paused = widget.options.step;
    expect(paused).toBeGreaterThan(0);
    expect(paused).toBeLessThan(400);
    expect(play(el).textContent).toBe("Resume");
    // The readout and the one announcement say where it stopped, with the losses of a training to that step.
    const there = RUNNERS.map((name, k) => trainRace(name, { steps: paused, learningRate: BEST[k]!, seed: sigmoidSetup.race.seed }));
    const expected = `step ${paused}: sigmoid\u00a0${there[0]!.at(-1)!.toFixed(3)}`;
    await frames(el, () => text(el, ".tr-readout").startsWith(expected), 10);
    expect(text(el, ".tr-status").startsWith(expected)).toBe(true);
    // Paused, it stays: half a second of frames later, the same step.
    for (let i = 0; i < 30; i++) vi.advanceTimersToNextFrame();
    await settled(el);
    expect(widget.options.step).toBe(paused);

    play(el).click();
    await frames(el, () => widget.options.step === 400 && play(el).textContent === "Play from the start");
    await frames(el, () => text(el, ".tr-readout").startsWith("step 400:"), 10);
    // The end of the play is the build's picture of step 400: its curves and its readout, announced once it has stopped.
    RUNNERS.forEach((name, k) => expect(el.querySelector(`.tr-curve.tr-${name}`)!.getAttribute("d"), name).toBe(builtCurves[k]));
    expect(text(el, ".tr-readout")).toBe(builtReadout);
    expect(text(el, ".tr-status")).toBe(builtReadout);
    expect(el.getAttribute("aria-busy")).toBe("false");

    [...el.querySelectorAll("button")].find((b) => b.textContent === "Reset")!.click();
    await settled(el);
    expect(widget.options.step).toBe(0);
    await frames(el, () => text(el, ".tr-readout").startsWith("step 0:"), 10);
    expect(play(el).textContent).toBe("Play");
    widget.destroy();
  }, 90_000);

  it("plays at its stated pace, the 400 steps in five seconds: 80 steps a second of the frame clock, to within one picture's steps and each picture's rounding", async () => {
    frameClock();
    const el = built(400);
    const widget = mount(el, { step: 400 });
    await settled(el);
    // The pace the race states (training-race.ts): the 400 steps in five seconds.
    const pace = RACE_STEPS / 5;
    // The frame clock moves 16 ms a frame. The race draws at most ten pictures a second: each at the first frame 100 ms
    // or more after the last, so every 112 ms here (the trainer answers between frames, in no time on this clock).
    const FRAME_MS = 16;
    const pictureMs = Math.ceil(100 / FRAME_MS) * FRAME_MS;
    // Shows `n` frames, each once the trainer has answered what the last one asked; the step the race has reached then.
    const after = async (n: number) => {
      for (let i = 0; i < n; i++) {
        await answered(el);
        vi.advanceTimersToNextFrame();
      }
      await answered(el);
      return widget.options.step;
    };
    play(el).click();
    // Past the play's first picture, whose steps count from the click on the page's own clock, not the frame clock.
    const from = await after(20);
    const frameCount = 27 * (pictureMs / FRAME_MS);
    const taken = (await after(frameCount)) - from;
    const seconds = (frameCount * FRAME_MS) / 1000;
    // Each picture takes the steps the time since the last is worth, rounded (half a step off at most, for each of the
    // pictures in the span and one more); each reading is the step the last picture reached, up to one picture's
    // interval behind the clock, and the two readings' lags differ by less than that.
    const pictures = (frameCount * FRAME_MS) / pictureMs + 1;
    const tolerance = (pace * pictureMs) / 1000 + 0.5 * pictures;
    expect(Math.abs(taken - pace * seconds), `${taken} steps in ${seconds} s, against ${pace * seconds} ± ${tolerance}`).toBeLessThanOrEqual(tolerance);
    expect(widget.options.step).toBeLessThan(400);
    widget.destroy();
  }, 90_000);

  it("paused, it says it is not busy only once its last answer is drawn: no frame is needed to bring the readout to the step it stopped at", async () => {
    frameClock();
    const el = built(400);
    const widget = mount(el, { step: 400 });
    const readoutStep = () => Number(text(el, ".tr-readout").match(/^step (\d+):/)![1]);
    play(el).click();
    await frames(el, () => widget.options.step >= 20);
    // Paused with the trainer's last answer in hand and its picture waiting for a frame (the pictures come ten a second).
    play(el).click();
    expect(el.getAttribute("aria-busy")).toBe("false");
    expect(readoutStep()).toBe(widget.options.step);
    expect(text(el, ".tr-status")).toBe(text(el, ".tr-readout"));

    // Paused with an answer still owed: the figure is busy until it comes, and drawn by the time it says it is not.
    const first = widget.options.step;
    play(el).click();
    let n = 0;
    // A frame of the resumed race asks the trainer for the steps after the pause: the step asked for moves on.
    while (widget.options.step === first) {
      expect(++n, "a frame of the resumed race asks the trainer for steps").toBeLessThan(100);
      vi.advanceTimersToNextFrame();
    }
    play(el).click();
    expect(el.getAttribute("aria-busy")).toBe("true");
    await settled(el);
    const paused = widget.options.step;
    expect(readoutStep()).toBe(paused);
    expect(text(el, ".tr-status")).toBe(text(el, ".tr-readout"));
    // And it stays: later frames draw nothing new.
    for (let i = 0; i < 30; i++) vi.advanceTimersToNextFrame();
    await settled(el);
    expect(widget.options.step).toBe(paused);
    expect(readoutStep()).toBe(paused);
    widget.destroy();
  }, 90_000);

  it("says it is busy from Play until it is paused or finished, not \"not busy\" between the trainer's answers while its picture changes", async () => {
    frameClock();
    const el = built(400);
    const widget = mount(el, { step: 400 });
    await settled(el);
    // Every value written to aria-busy since the last look, in order (from the observer's callback and its queue): each
    // record holds the value it replaced, the element the last one.
    const records: MutationRecord[] = [];
    const observer = new MutationObserver((r) => records.push(...r));
    observer.observe(el, { attributeFilter: ["aria-busy"], attributeOldValue: true });
    const written = () => [...[...records.splice(0), ...observer.takeRecords()].map((r) => r.oldValue), el.getAttribute("aria-busy")].slice(1);
    const playing = () => play(el).textContent === "Pause";
    // Sampled at every frame of the play too, once the trainer has answered what the frame before asked.
    const whilePlaying = new Set<string | null>();
    const watch = (done: () => boolean) => () => (playing() && whilePlaying.add(el.getAttribute("aria-busy")), done());

    play(el).click();
    await frames(el, watch(() => widget.options.step >= 100));
    play(el).click();
    await settled(el);
    expect(written()).toEqual(["true", "false"]);
    play(el).click();
    await frames(el, watch(() => !playing()));
    await settled(el);
    expect(written()).toEqual(["true", "false"]);
    expect(widget.options.step).toBe(400);
    expect(whilePlaying).toEqual(new Set(["true"]));
    observer.disconnect();
    widget.destroy();
  }, 90_000);

  it("the multiplier scales every rate: the titles say so and the curves are those of the scaled rates", async () => {
    const el = built(400);
    const widget = mount(el, { step: 100, learningRate: 0.5 });
    await settled(el);
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
    await settled(el);
    const names = { sigmoid: "sigmoid", tanh: "tanh", relu: "ReLU" };
    for (const name of RUNNERS) expect(text(el, `.tr-panel-${name} .tr-title`)).toBe(`${names[name]}, η = ${raceBest(name, sigmoidSetup.race).learningRate}`);
    expect(text(el, ".tr-readout")).toMatch(/^step 5: /);
    widget.destroy();
  }, 120_000);
});
