import { select } from "d3-selection";
import { offScaleMarkup } from "../chart/off-scale-markup.ts";
import type { LabSnapshot } from "../../grad/lab-trainer.ts";
import { LabTrainer } from "../../grad/lab-trainer.ts";
import { formatNumber } from "../format-number.ts";
import { mountWidget } from "../mount-widget.ts";
import { rangeControls } from "../range-controls.ts";
import type { Widget } from "../widget.ts";
import { labClient } from "./lab-client.ts";
import { labGeometry, STEPS_SHOWN } from "./lab-geometry.ts";
import { barMarkup, historyMarkup, labMarkup } from "./lab-markup.ts";
import { regionPainter } from "./region-painter.ts";
import { LAB_BUTTONS, labOptions, labSettings, labSpecs, type LabOptions } from "./lab-options.ts";

/** Steps after which a run pauses by itself: the end of the step axis. */
export const MAX_STEPS = STEPS_SHOWN;
/** Work per request while running, in milliseconds: the worker answers about this often. */
const BUDGET_MS = 40;
/** The decision region (4096 forward passes) is asked for at most this often while running. */
const REGION_MS = 200;
/** While running, the page redraws at most this often: ten pictures a second show the run, and leave the CPU to the trainer. */
const DRAW_MS = 100;

function button(text: string, className = "widget-button"): HTMLButtonElement {
  const b = document.createElement("button");
  b.type = "button";
  b.className = className;
  b.textContent = text;
  return b;
}

/** Mounts the vanishing-gradient lab: pick a network, then train, pause, step or reset it while the page stays responsive. */
export function mount(el: HTMLElement, input: Readonly<Record<string, unknown>> = {}): Widget<LabOptions> {
  return mountWidget(
    {
      prefix: "gl",
      validate: (i) => labOptions(i),
      markup: (o, id) => labMarkup(labGeometry(o, new LabTrainer(labSettings(o)).snapshot()), id),
      setup({ el, id, update, options }) {
        const label = (key: string, v: number) => (key === "learningRate" ? formatNumber(v, 2) : String(v));
        const controls = rangeControls(labSpecs, id, (key, v) => update({ [key]: v }), label);
        const presets = document.createElement("div");
        presets.className = "gl-presets";
        presets.setAttribute("role", "group");
        presets.setAttribute("aria-label", "Presets");
        for (const p of LAB_BUTTONS) {
          const b = button(p.name, "widget-button gl-preset");
          b.addEventListener("click", () => update(p.options));
          presets.append(b);
        }
        const actions = document.createElement("div");
        actions.className = "gl-actions";
        const trainButton = button("Train");
        const stepButton = button("Step");
        const resetButton = button("Reset");
        trainButton.setAttribute("aria-pressed", "false");
        actions.append(trainButton, stepButton, resetButton);
        el.prepend(presets, controls.element, actions);

        const root = select(el);
        const painter = regionPainter(el.querySelector<HTMLElement>(".gl-region-panel")!);
        let run = 0;
        let pending = 0;
        let running = false;
        let settingsKey = "";
        let latest: LabSnapshot | undefined;
        let region: Float32Array | null = null;
        let regionAsked = -Infinity;
        let frame = 0;
        let drawn = -Infinity;
        const setRunning = (on: boolean): void => {
          running = on;
          trainButton.textContent = on ? "Pause" : "Train";
          trainButton.setAttribute("aria-pressed", String(on));
        };
        const send = (request: Parameters<typeof client.send>[0]): void => {
          pending++;
          el.setAttribute("aria-busy", "true");
          client.send(request);
        };
        const train = (steps: number, budgetMs: number): void => {
          const now = performance.now();
          const withRegion = steps === 1 || now - regionAsked >= REGION_MS;
          if (withRegion) regionAsked = now;
          send({ kind: "train", run, steps, budgetMs, region: withRegion });
        };
        const draw = (time: number): void => {
          frame = 0;
          if (!latest) return;
          if (running && latest.step < MAX_STEPS && time - drawn < DRAW_MS) {
            frame = requestAnimationFrame(draw);
            return;
          }
          drawn = time;
          const g = labGeometry(options(), latest);
          root.select(".gl-bars").html(g.bars.map(barMarkup).join(""));
          root.select(".gl-history").html(historyMarkup(g.history));
          root.select(".gl-loss").attr("d", g.lossPath);
          root.select(".gl-loss-marks").html(offScaleMarkup(g.lossMarks));
          root.select(".gl-readout").text(g.readout);
          root.select(".gl-desc").text(g.description);
          if (region && painter.paint(region)) {
            region = null;
            root.select(".gl-static-region").remove();
          }
        };
        // Answers arrive faster than the page redraws while training: keep the latest and draw it in the next allowed frame.
        const client = labClient((reply) => {
          pending--;
          if (pending === 0) el.setAttribute("aria-busy", "false");
          if (reply.run !== run) return;
          latest = reply.snapshot;
          if (latest.region) region = latest.region;
          if (latest.step >= MAX_STEPS) setRunning(false);
          if (running && pending === 0) train(MAX_STEPS - latest.step, BUDGET_MS);
          frame ||= requestAnimationFrame(draw);
        });
        const reset = (): void => {
          run++;
          send({ kind: "reset", run, settings: labSettings(options()) });
        };
        trainButton.addEventListener("click", () => {
          setRunning(!running);
          if (running && pending === 0 && latest && latest.step < MAX_STEPS) train(MAX_STEPS - latest.step, BUDGET_MS);
        });
        // The worker answers in order, so a step asked for while a reset is under way lands on the new run.
        stepButton.addEventListener("click", () => {
          setRunning(false);
          train(1, 0);
        });
        resetButton.addEventListener("click", () => {
          setRunning(false);
          reset();
        });
        return {
          render(o) {
            controls.set(o);
            const key = JSON.stringify(labSettings(o));
            if (key === settingsKey) return;
            settingsKey = key;
            reset();
          },
          destroy() {
            setRunning(false);
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
