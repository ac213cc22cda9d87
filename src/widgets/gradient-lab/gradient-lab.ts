import { select } from "d3-selection";
import { offScaleMarkup } from "../chart/off-scale-markup.ts";
import type { LabSnapshot } from "../../grad/lab-trainer.ts";
import { LabTrainer } from "../../grad/lab-trainer.ts";
import { formatNumber } from "../format-number.ts";
import { mountWidget } from "../mount-widget.ts";
import { rangeControls } from "../range-controls.ts";
import type { Widget } from "../widget.ts";
import { labClient } from "./lab-client.ts";
import { labGeometry } from "./lab-geometry.ts";
import { barMarkup, labMarkup } from "./lab-markup.ts";
import { LAB_BUTTONS, labOptions, labSettings, labSpecs, type LabOptions } from "./lab-options.ts";

/** Steps after which a run pauses by itself. */
export const MAX_STEPS = 2000;
/** Steps trained per request while running: small, so each answer is a frame's worth of work. */
const CHUNK = 5;

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
        let run = 0;
        let pending = 0;
        let running = false;
        let settingsKey = "";
        let latest: LabSnapshot | undefined;
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
        const draw = (s: LabSnapshot): void => {
          const g = labGeometry(options(), s);
          root.select(".gl-bars").html(g.bars.map(barMarkup).join(""));
          root.selectAll(".gl-cell").data(g.cells).attr("class", (c) => `gl-cell ${c.inside ? "gl-in" : "gl-out"}`).attr("fill-opacity", (c) => c.opacity);
          root.select(".gl-loss").attr("d", g.lossPath);
          root.select(".gl-loss-marks").html(offScaleMarkup(g.lossMarks));
          root.select(".gl-steps").text(`${g.lossSteps} steps`);
          root.select(".gl-readout").text(g.readout);
          root.select(".gl-desc").text(g.description);
        };
        const client = labClient((reply) => {
          pending--;
          if (pending === 0) el.setAttribute("aria-busy", "false");
          if (reply.run !== run) return;
          latest = reply.snapshot;
          draw(latest);
          if (latest.step >= MAX_STEPS) setRunning(false);
          if (running && pending === 0) requestAnimationFrame(() => running && pending === 0 && send({ kind: "train", run, steps: CHUNK }));
        });
        const reset = (): void => {
          run++;
          send({ kind: "reset", run, settings: labSettings(options()) });
        };
        trainButton.addEventListener("click", () => {
          setRunning(!running);
          if (running && pending === 0 && latest && latest.step < MAX_STEPS) send({ kind: "train", run, steps: CHUNK });
        });
        // The worker answers in order, so a step asked for while a reset is under way lands on the new run.
        stepButton.addEventListener("click", () => {
          setRunning(false);
          send({ kind: "train", run, steps: 1 });
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
            client.stop();
          },
        };
      },
    },
    el,
    input,
  );
}
