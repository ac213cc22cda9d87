import { mountChart } from "../chart/mount-chart.ts";
import { formatNumber } from "../format-number.ts";
import { rangeControls } from "../range-controls.ts";
import type { Widget } from "../widget.ts";
import { autodiffDraw } from "./autodiff-draw.ts";
import { autodiffOptions, autodiffSpecs, LAST_STEP, type AutodiffOptions } from "./autodiff-options.ts";

/** Mounts the live autodiff graph: sliders for the inputs and the step, and Back/Next buttons to walk it. */
export function mount(el: HTMLElement, input: Readonly<Record<string, unknown>> = {}): Widget<AutodiffOptions> {
  return mountChart(
    {
      prefix: "ad",
      validate: (i) => autodiffOptions(i),
      draw: autodiffDraw,
      setup({ el, id, update, options }) {
        const label = (key: string, v: number) => (key === "step" ? `${v} of ${LAST_STEP}` : formatNumber(v, 1));
        const controls = rangeControls(autodiffSpecs, id, (key, v) => update({ [key]: v }), label);
        const buttons = document.createElement("div");
        buttons.className = "ad-buttons";
        const button = (text: string, delta: number): HTMLButtonElement => {
          const b = document.createElement("button");
          b.type = "button";
          b.className = "widget-button";
          b.textContent = text;
          b.addEventListener("click", () => update({ step: Math.min(LAST_STEP, Math.max(0, options().step + delta)) }));
          buttons.append(b);
          return b;
        };
        const back = button("← Back", -1);
        const next = button("Next →", 1);
        el.prepend(controls.element, buttons);
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
