import { select } from "d3-selection";
import { offScaleMarkup } from "../chart/off-scale-markup.ts";
import { formatNumber } from "../format-number.ts";
import { mountWidget } from "../mount-widget.ts";
import { playButton } from "../play-button.ts";
import { rangeControls } from "../range-controls.ts";
import type { Widget } from "../widget.ts";
import { raceGeometry } from "./race-geometry.ts";
import { raceMarkup, raceReadout } from "./race-markup.ts";
import { RACE_STEPS, raceOptions, raceSpecs, type RaceOptions } from "./race-options.ts";
import { raceLossesSteps, RUNNERS, type RaceLosses } from "./race-runners.ts";
import { startWorker } from "../start-worker.ts";
import { slicedQueue } from "../time-sliced.ts";

/** Asks for the three runs at a learning rate: from a Web Worker when the page may start one, else in the page in short slices. */
function trainer(onDone: (learningRate: number, losses: RaceLosses) => void): { request(learningRate: number): void; stop(): void } {
  const inPage = slicedQueue();
  const asked: number[] = [];
  const here = (learningRate: number): void => inPage.push(raceLossesSteps(learningRate), (losses) => onDone(learningRate, losses));
  let worker = startWorker(import.meta.url, () => new Worker(new URL("./race-worker.ts", import.meta.url), { type: "module" }));
  if (worker) {
    worker.onmessage = (event: MessageEvent<{ learningRate: number; losses: RaceLosses }>) => {
      asked.splice(asked.indexOf(event.data.learningRate), 1);
      onDone(event.data.learningRate, event.data.losses);
    };
    // A worker that fails to load (refused by a policy, or its file missing): what it still owed is computed here.
    worker.onerror = (event) => {
      event.preventDefault();
      worker?.terminate();
      worker = undefined;
      asked.splice(0).forEach(here);
    };
  }
  return {
    request(learningRate) {
      if (!worker) return here(learningRate);
      asked.push(learningRate);
      worker.postMessage({ learningRate });
    },
    stop() {
      worker?.terminate();
      inPage.stop();
    },
  };
}

/** Mounts the live training race: scrub the step, change the learning rate, or play the race from the start. */
export function mount(el: HTMLElement, input: Readonly<Record<string, unknown>> = {}): Widget<RaceOptions> {
  // Without a picture from the build (an embed), the figure starts empty rather than train on the page in one long task.
  let blank = false;
  return mountWidget(
    {
      prefix: "tr",
      validate: (i) => raceOptions(i),
      markup: (o, id) => {
        blank = true;
        return raceMarkup(raceGeometry(o, RUNNERS.map(() => Array.from({ length: RACE_STEPS + 1 }, () => 0))), id);
      },
      setup({ el, id, update, options }) {
        const label = (key: string, v: number) => (key === "step" ? String(v) : formatNumber(v, 1));
        const controls = rangeControls(raceSpecs, id, (key, v) => update({ [key]: v }), label);
        const play = playButton(RACE_STEPS, 4, () => options().step, (step) => update({ step }));
        el.prepend(controls.element, play.button);
        const root = select(el);
        // Runs already trained, by learning rate; until the one asked for arrives, the figure keeps what it shows.
        const runs = new Map<number, RaceLosses>();
        const pending = new Set<number>();
        const work = trainer((learningRate, losses) => {
          runs.set(learningRate, losses);
          pending.delete(learningRate);
          if (learningRate === options().learningRate) update({});
        });
        return {
          render(o) {
            controls.set(o);
            const losses = runs.get(o.learningRate);
            el.setAttribute("aria-busy", String(!losses));
            if (!losses) {
              if (!pending.has(o.learningRate)) {
                pending.add(o.learningRate);
                work.request(o.learningRate);
              }
              if (blank) {
                root.selectAll(".tr-curve").attr("d", null);
                root.selectAll(".tr-dot").attr("visibility", "hidden");
                root.select(".tr-readout").text("training the three networks…");
                root.select(".tr-desc").text(`Training three networks at learning rate ${formatNumber(o.learningRate, 1)}; their loss curves appear when done.`);
              }
              return;
            }
            blank = false;
            root.selectAll(".tr-dot").attr("visibility", null);
            const g = raceGeometry(o, losses);
            for (const r of g.runners) {
              root.select(`.tr-curve.tr-${r.name}`).attr("d", r.path);
              root.select(`.tr-dot.tr-${r.name}`).attr("cx", g.stepX).attr("cy", r.cy);
            }
            root.select(".chart-marks").html(offScaleMarkup(g.marks));
            root.select(".tr-step").attr("x1", g.stepX).attr("x2", g.stepX);
            root.select(".tr-readout").text(raceReadout(g));
            root.select(".tr-desc").text(g.description);
          },
          destroy() {
            play.stop();
            work.stop();
          },
        };
      },
    },
    el,
    input,
  );
}
