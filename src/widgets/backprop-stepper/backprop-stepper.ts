import { mountChart } from "../chart/mount-chart.ts";
import { formatNumber } from "../format-number.ts";
import { rangeControls } from "../range-controls.ts";
import type { Widget } from "../widget.ts";
import { stepperDraw } from "./stepper-draw.ts";
import { LAST_STAGE, stepperOptions, stepperSpecs, type StepperOptions } from "./stepper-options.ts";

/** Mounts the live backprop stepper: Start over, Back and Next walk the stages; sliders change the chain and every value follows. */
export function mount(el: HTMLElement, input: Readonly<Record<string, unknown>> = {}): Widget<StepperOptions> {
  return mountChart(
    {
      prefix: "bp",
      validate: (i) => stepperOptions(i),
      draw: (o, id) => stepperDraw(o, id),
      setup({ el, id, update, options }) {
        const label = (key: string, v: number) => (key === "stage" ? `${v} of ${LAST_STAGE}` : formatNumber(v, 2));
        const controls = rangeControls(stepperSpecs, id, (key, v) => update({ [key]: v }), label);
        const buttons = document.createElement("div");
        buttons.className = "bp-buttons";
        const button = (text: string, to: () => number): HTMLButtonElement => {
          const b = document.createElement("button");
          b.type = "button";
          b.className = "widget-button";
          b.textContent = text;
          b.addEventListener("click", () => update({ stage: Math.min(LAST_STAGE, Math.max(0, to())) }));
          buttons.append(b);
          return b;
        };
        const start = button("Start over", () => 0);
        const back = button("← Back", () => options().stage - 1);
        const next = button("Next →", () => options().stage + 1);
        el.prepend(buttons, controls.element);
        return {
          sync(o) {
            start.disabled = back.disabled = o.stage === 0;
            next.disabled = o.stage === LAST_STAGE;
            controls.set(o);
          },
        };
      },
    },
    el,
    input,
  );
}
