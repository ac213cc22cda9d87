import { select } from "d3-selection";
import { formatNumber } from "../format-number.ts";
import { mountWidget } from "../mount-widget.ts";
import { rangeControls } from "../range-controls.ts";
import type { Widget } from "../widget.ts";
import { autodiffGeometry } from "./autodiff-geometry.ts";
import { autodiffMarkup, forwardText, gradText } from "./autodiff-markup.ts";
import { autodiffOptions, autodiffSpecs, LAST_STEP, type AutodiffOptions } from "./autodiff-options.ts";

/** Mounts the live autodiff graph: sliders for the inputs and the step, and Back/Next buttons to walk it. */
export function mount(el: HTMLElement, input: Readonly<Record<string, unknown>> = {}): Widget<AutodiffOptions> {
  return mountWidget(
    {
      prefix: "ad",
      validate: (i) => autodiffOptions(i),
      markup: (o, id) => autodiffMarkup(autodiffGeometry(o), id),
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
        const root = select(el);
        return {
          render(o) {
            const g = autodiffGeometry(o);
            for (const n of g.nodes) {
              const node = root.selectAll(`.ad-node[data-node="${n.key}"]`);
              node.select(".ad-fwd").text(forwardText(n, g.step));
              node.select(".ad-grad").text(gradText(n, g.step));
            }
            root.select(".ad-explain").text(g.explanation);
            root.select(".ad-desc").text(g.description);
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
