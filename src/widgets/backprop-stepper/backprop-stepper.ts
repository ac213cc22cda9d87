import { mountChart } from "../chart/mount-chart.ts";
import { adoptControl } from "../adopt-control.ts";
import { rangeControls } from "../range-controls.ts";
import type { Widget } from "../widget.ts";
import { controls as panel, valueText } from "./controls.ts";
import { stepperDraw } from "./stepper-draw.ts";
import { LAST_STAGE, stepperOptions, stepperSpecs, type StepperOptions } from "./stepper-options.ts";

/** Mounts the live backprop stepper: Start over, Back and Next walk the stages; sliders change the chain and every value follows. */
export function mount(el: HTMLElement, input: Readonly<Record<string, unknown>> = {}): Widget<StepperOptions> {
  return mountChart(
    {
      prefix: "bp",
      // The build typesets the stages' maths, which draw writes as text: destroy puts back what the build wrote.
      restoreByCopy: true,
      validate: (i) => stepperOptions(i),
      draw: (o, id) => stepperDraw(o, id),
      controls: panel,
      setup({ el, id, update, options }) {
        const controls = rangeControls(el, stepperSpecs, id, (key, v) => update({ [key]: v }), valueText);
        const button = (name: string, to: () => number): HTMLButtonElement => {
          const b = adoptControl(el, id, name);
          b.addEventListener("click", () => update({ stage: Math.min(LAST_STAGE, Math.max(0, to())) }));
          return b;
        };
        const start = button("start", () => 0);
        const back = button("back", () => options().stage - 1);
        const next = button("next", () => options().stage + 1);
        return {
          sync(o) {
            // Written only when it changes: setting the attribute again, even to its value, is a mutation the page restyles.
            for (const [b, off] of [[start, o.stage === 0], [back, o.stage === 0], [next, o.stage === LAST_STAGE]] as const) if (b.disabled !== off) b.disabled = off;
            controls.set(o);
          },
        };
      },
    },
    el,
    input,
  );
}
