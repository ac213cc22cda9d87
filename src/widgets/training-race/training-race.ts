import { select } from "d3-selection";
import { offScaleMarkup } from "../chart/off-scale-markup.ts";
import { formatNumber } from "../format-number.ts";
import { regionPainter } from "../gradient-lab/region-painter.ts";
import { mountWidget } from "../mount-widget.ts";
import { rangeControls } from "../range-controls.ts";
import type { Widget } from "../widget.ts";
import { workerOrPage } from "../worker-or-page.ts";
import { raceAnswer, type RaceReply, type RaceRequest, type RaceRun } from "./race-answer.ts";
import { raceGeometry } from "./race-geometry.ts";
import { panelTitle, raceMarkup, stepReadout } from "./race-markup.ts";
import { RACE_STEPS, raceOptions, raceSpecs, type RaceOptions } from "./race-options.ts";
import { RUNNERS } from "./race-runners.ts";

/** Steps a second while the race plays: the 400 steps in about five seconds, slow enough to watch the regions form. */
const STEPS_PER_SECOND = 80;

function button(text: string): HTMLButtonElement {
  const b = document.createElement("button");
  b.type = "button";
  b.className = "widget-button";
  b.textContent = text;
  return b;
}

/** The race's trainer, in a worker when the page may start one, else in the page in short slices. */
function raceClient(onReply: (reply: RaceReply) => void) {
  let state: RaceRun | undefined;
  function* here(request: RaceRequest): Generator<unknown, RaceReply> {
    const out = yield* raceAnswer(() => state, request);
    state = out.state;
    return out.reply;
  }
  return workerOrPage(import.meta.url, () => new Worker(new URL("./race-worker.ts", import.meta.url), { type: "module" }), here, onReply);
}

/** Mounts the live training race: play, pause, resume or reset it, move the step, or scale every learning rate. */
export function mount(el: HTMLElement, input: Readonly<Record<string, unknown>> = {}): Widget<RaceOptions> {
  return mountWidget(
    {
      prefix: "tr",
      validate: (i) => raceOptions(i),
      // Without a picture from the build (an embed), the figure starts at step 0 with no rates yet: the sweep runs first.
      markup: (_, id) => raceMarkup(raceGeometry({ step: 0, rates: RUNNERS.map(() => NaN), losses: RUNNERS.map(() => [NaN]) }), id, null),
      setup({ el, id, update, options }) {
        const controls = rangeControls(raceSpecs, id, (key, v) => update({ [key]: v }), (key, v) => (key === "step" ? String(v) : `${formatNumber(v, 1)}×`));
        const actions = document.createElement("div");
        actions.className = "tr-actions";
        const playButton = button("Play");
        const resetButton = button("Reset");
        const busy = document.createElement("span");
        busy.className = "tr-busy";
        busy.textContent = "training…";
        const status = document.createElement("p");
        status.className = "visually-hidden tr-status";
        status.setAttribute("role", "status");
        actions.append(playButton, resetButton, busy);
        el.prepend(controls.element, actions);
        el.append(status);

        const root = select(el);
        const panels = RUNNERS.map((name) => el.querySelector<HTMLElement>(`.tr-panel-${name}`)!);
        const painters = panels.map((p) => regionPainter(p));
        const best0 = el.querySelector<HTMLElement>(".tr-panels")?.dataset.best;
        let best: readonly number[] | null = best0 ? best0.split(" ").map(Number) : null;
        let run = 0;
        let pending = 0;
        let multiplier = NaN;
        // The step the current run has been asked to reach.
        let target = 0;
        let latest: RaceReply | undefined;
        let frame = 0;
        let playing = false;
        let playFrame = 0;
        let lastTick = 0;

        const setBusy = (): void => {
          el.setAttribute("aria-busy", String(pending > 0));
          el.classList.toggle("tr-is-busy", pending > 0 && !playing);
        };
        const label = (): void => {
          playButton.textContent = playing ? "Pause" : options().step >= RACE_STEPS ? "Play from the start" : options().step > 0 ? "Resume" : "Play";
        };
        const announce = (): void => {
          if (!latest || playing || pending > 0) return;
          const g = raceGeometry({ step: latest.step, rates: latest.best.map((b) => b * multiplier), losses: latest.losses });
          status.textContent = stepReadout(g);
        };
        const send = (request: RaceRequest): void => {
          pending++;
          setBusy();
          client.send(request);
        };
        const draw = (): void => {
          frame = 0;
          if (!latest) return;
          const rates = latest.best.map((b) => b * multiplier);
          const g = raceGeometry({ step: latest.step, rates, losses: latest.losses });
          g.runners.forEach((r, k) => {
            root.select(`.tr-curve.tr-${r.name}`).attr("d", r.path);
            select(panels[k]!).select(".tr-title").text(panelTitle(r.name, r.rate));
            if (painters[k]!.paint(latest!.regions[k]!)) select(panels[k]!).select(".tr-static-region").remove();
          });
          root.select(".chart-marks").html(offScaleMarkup(g.marks));
          root.select(".tr-step").attr("x1", g.stepX).attr("x2", g.stepX);
          root.select(".tr-readout").text(stepReadout(g));
          root.select(".tr-desc").text(g.description);
        };
        const client = raceClient((reply) => {
          pending--;
          if (reply.run === run) {
            latest = reply;
            best = reply.best;
            frame ||= requestAnimationFrame(draw);
          }
          setBusy();
          announce();
        });
        // Plays at STEPS_PER_SECOND: each frame asks for the steps its time is worth once the last answer is in.
        const tick = (time: number): void => {
          playFrame = 0;
          if (!playing) return;
          if (pending === 0) {
            const step = options().step;
            if (step >= RACE_STEPS) {
              setPlaying(false);
              return;
            }
            const ahead = Math.max(1, Math.round(((time - lastTick) * STEPS_PER_SECOND) / 1000));
            lastTick = time;
            update({ step: Math.min(RACE_STEPS, step + Math.min(ahead, 8)) });
          }
          playFrame = requestAnimationFrame(tick);
        };
        const setPlaying = (on: boolean): void => {
          playing = on;
          cancelAnimationFrame(playFrame);
          playFrame = 0;
          if (on) {
            lastTick = performance.now();
            playFrame = requestAnimationFrame(tick);
            status.textContent = `Training from step ${options().step}.`;
          }
          label();
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
          },
          destroy() {
            setPlaying(false);
            cancelAnimationFrame(frame);
            client.stop();
          },
        };
      },
    },
    el,
    input,
  );
}
