import { select } from "d3-selection";
import { offScaleMarkup } from "../chart/off-scale-markup.ts";
import { mountWidget } from "../mount-widget.ts";
import { rangeControls } from "../range-controls.ts";
import type { Widget } from "../widget.ts";
import { controls as panel, valueText } from "./controls.ts";
import { stepErrorGeometry } from "./step-error-geometry.ts";
import { stepErrorMarkup, stepErrorReadout } from "./step-error-markup.ts";
import { stepErrorOptions, stepErrorSpecs, type StepErrorOptions } from "./step-error-options.ts";

/** Mounts the live step-error plot on an element (adopting its static figure if the build rendered one). */
export function mount(el: HTMLElement, input: Readonly<Record<string, unknown>> = {}): Widget<StepErrorOptions> {
  return mountWidget(
    {
      prefix: "se",
      validate: (i) => stepErrorOptions(i),
      markup: (o, id) => stepErrorMarkup(stepErrorGeometry(o), id),
      controls: panel,
      setup({ el, id, update }) {
        const controls = rangeControls(el, stepErrorSpecs, id, (key, value) => update({ [key]: value }), valueText);
        const root = select(el);
        return {
          render(o) {
            const g = stepErrorGeometry(o);
            for (const [m, cls] of [[g.forward, "se-forward"], [g.central, "se-central"]] as const) {
              root.select(`.se-curve.${cls}`).attr("d", m.path);
              root.select(`.se-best.${cls}`).attr("cx", m.best.cx).attr("cy", m.best.cy);
              root.select(`.se-at.${cls}`).attr("cx", m.at.cx).attr("cy", m.at.cy);
            }
            root.select(".chart-marks").html(offScaleMarkup(g.marks));
            root.select(".se-eps").attr("x1", g.epsX).attr("x2", g.epsX);
            root.select(".se-readout").text(stepErrorReadout(g));
            root.select(".se-desc").text(g.description);
            controls.set(o);
          },
        };
      },
    },
    el,
    input,
  );
}
