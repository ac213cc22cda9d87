import { select } from "d3-selection";
import { offScaleMarkup } from "../chart/off-scale-markup.ts";
import { adoptControl } from "../adopt-control.ts";
import { regionPainter } from "../gradient-lab/region-painter.ts";
import { mountWidget } from "../mount-widget.ts";
import { rangeControls } from "../range-controls.ts";
import type { Widget } from "../widget.ts";
import { controls as panel, playLabel, valueText } from "./controls.ts";
import { workerOrPage } from "../worker-or-page.ts";
import type { raceAnswer, RaceReply, RaceRequest, RaceRun } from "./race-answer.ts";
import { raceGeometry } from "./race-geometry.ts";
import { drawnRaceMarkup, panelTitle, raceMarkup, stepReadout, type RaceDrawing, type RegionPicture } from "./race-markup.ts";
import { RACE_STEPS, raceOptions, raceSpecs, type RaceOptions } from "./race-options.ts";
import { RUNNERS } from "./race-runners.ts";

/** While playing, the page redraws at most this often, in milliseconds. */
const DRAW_MS = 100;

/** Writes a text only when it changes, so that an unchanged label costs the page no layout. */
function setText(node: Element, text: string): void {
  if (node.textContent !== text) node.textContent = text;
}

/** Steps a second while the race plays: the 400 steps in five seconds, slow enough to watch the regions form. */
const STEPS_PER_SECOND = 80;
/**
 * Most steps one picture takes: two pictures' worth at that pace. A picture comes at the first frame DRAW_MS or more
 * after the last, or later after a slow answer, and makes up the time; one after a stall (a hidden tab gets no frames)
 * does not leap ahead.
 */
const MOST_STEPS = (2 * STEPS_PER_SECOND * DRAW_MS) / 1000;

/**
 * The race's trainer, in a worker when the page may start one, else in the page in short slices. The page's own copy
 * of the trainer is loaded only when a request is answered here (an embed on another origin), not with the figure.
 */
function raceClient(onReply: (reply: RaceReply) => void) {
  let state: RaceRun | undefined;
  let answer: typeof raceAnswer | undefined;
  let loading: Promise<void> | undefined;
  let failed: unknown;
  function* here(request: RaceRequest): Generator<unknown, RaceReply> {
    loading ??= import("./race-answer.ts").then(
      (m) => {
        answer = m.raceAnswer;
      },
      (error: unknown) => {
        failed = error;
      },
    );
    while (!answer) {
      if (failed !== undefined) throw failed;
      yield loading;
    }
    const out = yield* answer(() => state, request);
    state = out.state;
    return out.reply;
  }
  return workerOrPage(import.meta.url, () => new Worker(new URL("./race-worker.ts", import.meta.url), { type: "module" }), here, onReply);
}

/**
 * What the build drew that the page cannot draw without training, read back from its figure (attribute and text reads,
 * nothing serialised): each curve, its off-scale marks, the readout, the description and each region's masks.
 */
function keptDrawing(el: HTMLElement): { drawing: Omit<RaceDrawing, "step" | "rates">; pictures: (RegionPicture | undefined)[] } {
  const svg = el.querySelector(".tr-svg");
  return {
    drawing: {
      paths: RUNNERS.map((name) => svg?.querySelector(`.tr-curve.tr-${name}`)?.getAttribute("d") ?? ""),
      marks: svg?.querySelector(".chart-marks")?.innerHTML ?? "",
      readout: el.querySelector(".tr-readout")?.textContent ?? "",
      description: el.querySelector(".tr-desc")?.textContent ?? "",
    },
    pictures: RUNNERS.map((name) => {
      const [inside, outside] = [...(el.querySelector(`.tr-panel-${name} .tr-static-region`)?.querySelectorAll("image") ?? [])].map((image) => image.getAttribute("href") ?? "");
      return inside !== undefined && outside !== undefined ? { inside, outside } : undefined;
    }),
  };
}

/** Mounts the live training race: play, pause, resume or reset it, move the step, or scale every learning rate. */
export function mount(el: HTMLElement, input: Readonly<Record<string, unknown>> = {}): Widget<RaceOptions> {
  const built = el.querySelector<HTMLElement>(".tr-panels")?.dataset;
  const builtBest: readonly number[] | null = built?.best ? built.best.split(" ").map(Number) : null;
  // The build's figure, kept so that destroy draws it again (markup with it is the build's figure for the same options)
  // and the element need not be copied on mount.
  const kept = builtBest ? keptDrawing(el) : undefined;
  return mountWidget(
    {
      prefix: "tr",
      validate: (i) => raceOptions(i),
      markup: (o, id) =>
        kept && builtBest
          ? drawnRaceMarkup({ ...kept.drawing, step: o.step, rates: builtBest.map((b) => b * o.learningRate) }, id, builtBest, kept.pictures)
          : // Without a picture from the build (an embed), the figure starts at step 0 with no rates yet: the sweep runs first.
            raceMarkup(raceGeometry({ step: 0, rates: RUNNERS.map(() => NaN), losses: RUNNERS.map(() => [NaN]) }), id, null),
      buildsMarkup: true,
      controls: panel,
      setup({ el, id, update, options }) {
        const controls = rangeControls(el, raceSpecs, id, (key, v) => update({ [key]: v }), valueText);
        const playButton = adoptControl(el, id, "play");
        const resetButton = adoptControl(el, id, "reset");
        const status = adoptControl<HTMLParagraphElement>(el, id, "status");

        const root = select(el);
        const panels = RUNNERS.map((name) => el.querySelector<HTMLElement>(`.tr-panel-${name}`)!);
        const titles = panels.map((p) => p.querySelector(".tr-title")!);
        const readout = el.querySelector(".tr-readout")!;
        const desc = el.querySelector(".tr-desc")!;
        // The regions' canvases are made with the first answer to draw: until then the build's picture shows, and a figure
        // nobody asks anything of adds no canvas (and no layer) to the page while it hydrates.
        let painters: ReturnType<typeof regionPainter>[] | undefined;
        let best = builtBest;
        // The step and multiplier the build's picture shows: while the options are those, nothing needs training.
        const [drawnStep, drawnScale] = (built?.drawn ?? "").split(" ").map(Number);
        let run = 0;
        let pending = 0;
        // The multiplier of the current run, and the step it has been asked to reach.
        let multiplier = NaN;
        let target = 0;
        let latest: RaceReply | undefined;
        let frame = 0;
        let drawn = -Infinity;
        let drawnMarks = "";
        let playing = false;
        let lastTick = 0;

        // Busy while it plays, from Play until it is paused or finished and its last answer painted (between answers too:
        // a picture that keeps changing is not one to read yet), and while an answer it asked for is owed. Written only
        // when it changes: the site's build wrote aria-busy="false" (widget.ts, busy), and writing it again as the figure
        // hydrated restyled it in its first frame. An embed's box or a bare element gets it on adopting.
        const setBusy = (): void => {
          const busy = String(playing || pending > 0);
          if (el.getAttribute("aria-busy") !== busy) el.setAttribute("aria-busy", busy);
          const shown = pending > 0 && !playing;
          if (el.classList.contains("tr-is-busy") !== shown) el.classList.toggle("tr-is-busy", shown);
        };
        const label = (): void => {
          setText(playButton, playing ? "Pause" : playLabel(options().step));
        };
        const announce = (): void => {
          if (!latest || playing || pending > 0) return;
          const g = raceGeometry({ step: latest.step, rates: latest.best.map((b) => b * multiplier), losses: latest.losses });
          status.textContent = stepReadout(g);
        };
        const send = (request: RaceRequest): void => {
          pending++;
          setBusy();
          (client ??= raceClient(onReply)).send(request);
        };
        const draw = (time: number): void => {
          frame = 0;
          if (!latest) return;
          // While playing, answers could come every frame: ten pictures a second show the race and leave the page idle between them.
          if (playing && time - drawn < DRAW_MS) {
            frame = requestAnimationFrame(draw);
            return;
          }
          drawn = time;
          const rates = latest.best.map((b) => b * multiplier);
          const g = raceGeometry({ step: latest.step, rates, losses: latest.losses });
          // The canvases first, while the page's style is otherwise clean: each painter reads its colours from it.
          painters ??= panels.map((p) => regionPainter(p));
          g.runners.forEach((_, k) => {
            if (painters![k]!.paint(latest!.regions[k]!)) select(panels[k]!).select(".tr-static-region").remove();
          });
          g.runners.forEach((r, k) => {
            root.select(`.tr-curve.tr-${r.name}`).attr("d", r.path);
            setText(titles[k]!, panelTitle(r.name, r.rate));
          });
          const marks = offScaleMarkup(g.marks);
          if (marks !== drawnMarks) root.select(".chart-marks").html((drawnMarks = marks));
          root.select(".tr-step").attr("x1", g.stepX).attr("x2", g.stepX);
          setText(readout, stepReadout(g));
          if (!playing) setText(desc, g.description);
          if (playing && pending === 0) advance(time);
        };
        // One request (or a reset and its training) at a time: a slider swept by key repeat or by a finger asks
        // for the state it ends on, not for every state on the way.
        const sync = (): void => {
          if (pending > 0) return;
          const o = options();
          if (o.learningRate !== multiplier || o.step < target) {
            multiplier = o.learningRate;
            run++;
            target = 0;
            send({ kind: "reset", run, best, multiplier });
          }
          if (o.step !== target) {
            target = o.step;
            send({ kind: "train", run, to: target });
          }
        };
        // Settled (paused, nothing asked of the trainer): the picture still waiting for a frame is drawn now, before the
        // figure says it is not busy, so that "not busy" and the announcement never stand beside a stale picture.
        const settle = (): void => {
          if (playing || pending > 0 || !frame) return;
          cancelAnimationFrame(frame);
          draw(performance.now());
        };
        const onReply = (reply: RaceReply): void => {
          pending--;
          if (reply.run === run) {
            latest = reply;
            best = reply.best;
            frame ||= requestAnimationFrame(draw);
          }
          sync();
          settle();
          setBusy();
          announce();
        };
        // Made with the first request, as the worker is: a figure nobody asks anything of sets up no trainer.
        let client: ReturnType<typeof raceClient> | undefined;
        // Plays at STEPS_PER_SECOND: once the last answer is drawn, ask for the steps the time since is worth.
        const advance = (time: number): void => {
          const step = options().step;
          if (step >= RACE_STEPS) return setPlaying(false);
          const ahead = Math.max(1, Math.min(MOST_STEPS, Math.round(((time - lastTick) * STEPS_PER_SECOND) / 1000)));
          lastTick = time;
          update({ step: Math.min(RACE_STEPS, step + ahead) });
        };
        const setPlaying = (on: boolean): void => {
          playing = on;
          if (on) {
            lastTick = performance.now();
            // A play's first picture comes at once, whatever the clock of the last one (a paused figure draws when it settles).
            drawn = -Infinity;
            frame ||= requestAnimationFrame(draw);
            status.textContent = `Training from step ${options().step}.`;
          }
          label();
          settle();
          setBusy();
          announce();
        };
        playButton.addEventListener("click", () => {
          if (playing) return setPlaying(false);
          if (options().step >= RACE_STEPS) update({ step: 0 });
          setPlaying(true);
        });
        resetButton.addEventListener("click", () => {
          setPlaying(false);
          update({ step: 0 });
        });
        return {
          render(o) {
            controls.set(o);
            label();
            sync();
          },
          adopt(o) {
            controls.set(o);
            label();
            if (best && o.step === drawnStep && Math.abs(o.learningRate - drawnScale!) < 1e-9) {
              multiplier = o.learningRate;
              target = o.step;
              setBusy();
            } else sync();
          },
          destroy() {
            cancelAnimationFrame(frame);
            frame = 0;
            setPlaying(false);
            client?.stop();
          },
        };
      },
    },
    el,
    input,
  );
}
