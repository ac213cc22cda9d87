import { select } from "d3-selection";
import { formatNumber } from "../format-number.ts";
import { mountWidget } from "../mount-widget.ts";
import { rangeControls } from "../range-controls.ts";
import type { Widget } from "../widget.ts";
import { activeTerm, stepperGeometry } from "./stepper-geometry.ts";
import { stepperMarkup, valueText } from "./stepper-markup.ts";
import { LAST_STAGE, stepperOptions, stepperSpecs, type StepperOptions } from "./stepper-options.ts";
import { productRowsMarkup } from "./stepper-product.ts";

/** Mounts the live backprop stepper: Start over, Back and Next walk the stages; sliders change the chain and every value follows. */
export function mount(el: HTMLElement, input: Readonly<Record<string, unknown>> = {}): Widget<StepperOptions> {
  return mountWidget(
    {
      prefix: "bp",
      validate: (i) => stepperOptions(i),
      markup: (o, id) => stepperMarkup(stepperGeometry(o), id),
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
        const root = select(el);
        return {
          render(o) {
            const g = stepperGeometry(o);
            g.nodes.forEach((n, i) => n.lines.forEach((text, line) => root.selectAll(`[data-node="${i}"][data-line="${line}"]`).text(text)));
            g.edges.forEach((e, i) => {
              root.selectAll(`.bp-weight[data-edge="${i}"]`).text(e.weight);
              root.selectAll(`.bp-update[data-edge="${i}"]`).text(e.update);
            });
            root.selectAll<HTMLLIElement, unknown>(".bp-stage").each(function (_, i) {
              this.hidden = i > o.stage;
              if (i === o.stage) this.setAttribute("aria-current", "step");
              else this.removeAttribute("aria-current");
              this.querySelector(".bp-value")!.textContent = valueText(i, g.values[i]!);
            });
            root.select(".bp-desc").text(g.description);
            root.select(".bp-product").html(productRowsMarkup(g.product, o.stage));
            // The value the current stage computes is highlighted in the figure as its formula is in the list.
            const active = activeTerm(o.stage);
            root.selectAll(".bp-forward").classed("bp-active", active === null);
            root.selectAll<SVGTextElement, unknown>(".bp-delta").classed("bp-active", function () {
              return active !== null && "node" in active && Number(this.dataset.node) === active.node;
            });
            root.selectAll<SVGTextElement, unknown>(".bp-update").classed("bp-active", function () {
              return active !== null && "edge" in active && Number(this.dataset.edge) === active.edge;
            });
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
