import { select } from "d3-selection";
import { offScaleMarkup } from "../chart/off-scale-markup.ts";
import type { LabSnapshot } from "../../grad/lab-trainer.ts";
import { LabTrainer } from "../../grad/lab-trainer.ts";
import { adoptControl } from "../adopt-control.ts";
import { mountWidget } from "../mount-widget.ts";
import { rangeControls } from "../range-controls.ts";
import type { Widget } from "../widget.ts";
import { controls as panel, valueText } from "./controls.ts";
import type { LabReply, LabRequest } from "./lab-answer.ts";
import { labClient } from "./lab-client.ts";
import { barsGeometry, historyGeometry, labDescription, labGeometry, labReadout, lossGeometry, STEPS_SHOWN } from "./lab-geometry.ts";
import { barMarkup, historyMarkup, labMarkup } from "./lab-markup.ts";
import { regionPainter } from "./region-painter.ts";
import { LAB_BUTTONS, labOptions, labSettings, labSpecs, type LabOptions } from "./lab-options.ts";

/** Steps after which a run pauses by itself: the end of the step axis. */
export const MAX_STEPS = STEPS_SHOWN;
/** Work per request while running, in milliseconds: the worker answers about this often. */
const BUDGET_MS = 40;
/** The decision region (4096 forward passes) is asked for at most this often while running. */
const REGION_MS = 200;
/**
 * While running, the page redraws one panel per frame, at most this often: each panel then changes about ten times a
 * second, and no frame holds more than one panel's work (a whole redraw at once made frames of 50 to 150 ms).
 */
const PANEL_MS = 25;
/** The panels, in the order they take turns; the region first, as it reads the theme's colours before anything is written. */
const PANELS = ["region", "bars", "history", "loss"] as const;
type Panel = (typeof PANELS)[number];

/** Mounts the vanishing-gradient lab: pick a network, then train, pause, step or reset it while the page stays responsive. */
export function mount(el: HTMLElement, input: Readonly<Record<string, unknown>> = {}): Widget<LabOptions> {
  // The build's picture of the region (two masks, as data: URLs), which the page cannot draw: kept, markup draws the
  // build's figure again on destroy, and the element need not be copied on mount.
  const [inside, outside] = [...(el.querySelector(".gl-static-region")?.querySelectorAll("image") ?? [])].map((image) => image.getAttribute("href") ?? "");
  const picture = inside !== undefined && outside !== undefined ? { inside, outside } : undefined;
  return mountWidget(
    {
      prefix: "gl",
      validate: (i) => labOptions(i),
      markup: (o, id) => labMarkup(labGeometry(o, new LabTrainer(labSettings(o)).snapshot()), id, picture),
      buildsMarkup: true,
      controls: panel,
      setup({ el, id, update, options }) {
        const controls = rangeControls(el, labSpecs, id, (key, v) => update({ [key]: v }), valueText);
        LAB_BUTTONS.forEach((p, i) => adoptControl(el, id, `preset-${i}`).addEventListener("click", () => update(p.options)));
        const trainButton = adoptControl(el, id, "train");
        const stepButton = adoptControl(el, id, "step");
        const resetButton = adoptControl(el, id, "reset");

        const root = select(el);
        // Made on the first region to paint, as the client on the first request: a figure nobody trains creates no
        // canvas, no message channel and no worker while it hydrates.
        let painter: ReturnType<typeof regionPainter> | undefined;
        let client: ReturnType<typeof labClient> | undefined;
        let run = 0;
        let pending = 0;
        let running = false;
        let settingsKey = "";
        let latest: LabSnapshot | undefined;
        let region: Float32Array | null = null;
        let regionAsked = -Infinity;
        let frame = 0;
        let drawn = -Infinity;
        let turn = 0;
        const setRunning = (on: boolean): void => {
          running = on;
          trainButton.textContent = on ? "Pause" : "Train";
          trainButton.setAttribute("aria-pressed", String(on));
        };
        // The figure says it is busy while a run trains, not while a reset or a single step is answered (within a frame or
        // two): each write restyles the whole figure (its busy look hangs on the attribute) and lays the page out, and a
        // look that flashed on every slider move would say nothing. Written only when it changes.
        let busy = false;
        const setBusy = (on: boolean): void => {
          if (on === busy) return;
          busy = on;
          el.setAttribute("aria-busy", String(on));
        };
        const send = (request: LabRequest): void => {
          pending++;
          if (running) setBusy(true);
          (client ??= labClient(onReply)).send(request);
        };
        // An adopted figure shows the untrained network its options make: the trainer is built on first use only.
        let untrained = false;
        const train = (steps: number, budgetMs: number): void => {
          if (untrained) reset();
          const now = performance.now();
          const withRegion = steps === 1 || now - regionAsked >= REGION_MS;
          if (withRegion) regionAsked = now;
          send({ kind: "train", run, steps, budgetMs, region: withRegion });
        };
        const dirty = new Set<Panel>();
        const drawPanel = (panel: Panel, s: LabSnapshot): void => {
          if (panel === "region") {
            if (region && (painter ??= regionPainter(el.querySelector<HTMLElement>(".gl-region-panel")!)).paint(region)) {
              region = null;
              root.select(".gl-static-region").remove();
            }
          } else if (panel === "bars") root.select(".gl-bars").html(barsGeometry(s).map(barMarkup).join(""));
          else if (panel === "history") root.select(".gl-history").html(historyMarkup(historyGeometry(s)));
          else {
            const loss = lossGeometry(s);
            root.select(".gl-loss").attr("d", loss.path);
            root.select(".gl-loss-marks").html(offScaleMarkup(loss.marks));
          }
        };
        // While running, one dirty panel per frame, taking turns; when stopped, everything at once (one step, a reset).
        const draw = (time: number): void => {
          frame = 0;
          const s = latest;
          if (!s) return;
          const live = running && s.step < MAX_STEPS;
          if (live && time - drawn < PANEL_MS) {
            frame = requestAnimationFrame(draw);
            return;
          }
          drawn = time;
          const first = live ? turn : 0;
          for (let k = 0; k < PANELS.length && dirty.size > 0; k++) {
            const panel = PANELS[(first + k) % PANELS.length]!;
            if (!dirty.delete(panel)) continue;
            drawPanel(panel, s);
            if (live) {
              turn = (turn + k + 1) % PANELS.length;
              break;
            }
          }
          root.select(".gl-readout").text(labReadout(s));
          // The description is read on demand, not announced: it follows the run when the run stops.
          if (!live) root.select(".gl-desc").text(labDescription(options(), s));
          if (dirty.size > 0) frame = requestAnimationFrame(draw);
        };
        // Answers arrive faster than the page redraws while training: keep the latest and draw it in the next allowed frame.
        const onReply = (reply: LabReply): void => {
          pending--;
          if (reply.run !== run) {
            if (pending === 0) setBusy(false);
            return;
          }
          latest = reply.snapshot;
          if (latest.region) region = latest.region;
          PANELS.forEach((p) => p !== "region" && dirty.add(p));
          if (region) dirty.add("region");
          if (latest.step >= MAX_STEPS) setRunning(false);
          if (running && pending === 0) train(MAX_STEPS - latest.step, BUDGET_MS);
          // Settled: draw the final state before saying so, so that "not busy" never stands beside a stale readout.
          if (pending === 0 && !running) {
            cancelAnimationFrame(frame);
            draw(performance.now());
          } else frame ||= requestAnimationFrame(draw);
          if (pending === 0) setBusy(false);
        };
        const reset = (): void => {
          untrained = false;
          run++;
          send({ kind: "reset", run, settings: labSettings(options()) });
        };
        trainButton.addEventListener("click", () => {
          setRunning(!running);
          if (running && untrained) train(MAX_STEPS, BUDGET_MS);
          else if (running && pending === 0 && latest && latest.step < MAX_STEPS) train(MAX_STEPS - latest.step, BUDGET_MS);
          // On pause, whatever is still to draw is drawn at once, with the description.
          if (!running) frame ||= requestAnimationFrame(draw);
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
          adopt(o) {
            controls.set(o);
            settingsKey = JSON.stringify(labSettings(o));
            untrained = true;
            // The site's build wrote it (widget.ts, busy); an embed's box or a bare element gets it here.
            if (el.getAttribute("aria-busy") !== "false") el.setAttribute("aria-busy", "false");
          },
          destroy() {
            setRunning(false);
            cancelAnimationFrame(frame);
            client?.stop();
          },
        };
      },
    },
    el,
    input,
  );
}
