import { mountChart } from "../chart/mount-chart.ts";
import { adoptControl } from "../adopt-control.ts";
import { rangeControls } from "../range-controls.ts";
import type { Widget } from "../widget.ts";
import { controls as panel, valueText } from "./controls.ts";
import { autodiffDraw } from "./autodiff-draw.ts";
import { autodiffOptions, autodiffSpecs, LAST_STEP, type AutodiffOptions } from "./autodiff-options.ts";

/** Mounts the live autodiff graph: sliders for the inputs and the step, and Back/Next buttons to walk it. */
export function mount(el: HTMLElement, input: Readonly<Record<string, unknown>> = {}): Widget<AutodiffOptions> {
  return mountChart(
    {
      prefix: "ad",
      validate: (i) => autodiffOptions(i),
      draw: autodiffDraw,
      controls: panel,
      setup({ el, id, update, options }) {
        const controls = rangeControls(el, autodiffSpecs, id, (key, v) => update({ [key]: v }), valueText);
        const button = (name: string, delta: number): HTMLButtonElement => {
          const b = adoptControl(el, id, name);
          b.addEventListener("click", () => update({ step: Math.min(LAST_STEP, Math.max(0, options().step + delta)) }));
          return b;
        };
        const back = button("back", -1);
        const next = button("next", 1);
        return {
          sync(o) {
            back.disabled = o.step === 0;
            next.disabled = o.step === LAST_STEP;
            controls.set(o);
          },
        };
      },
    },
    el,
    input,
  );
}
