import { select } from "d3-selection";
import { rangeControls } from "../range-controls.ts";
import type { Widget } from "../widget.ts";
import { stepErrorGeometry, type MethodGeometry } from "./step-error-geometry.ts";
import { stepErrorMarkup, stepErrorReadout } from "./step-error-markup.ts";
import { stepErrorOptions, stepErrorSpecs, type StepErrorOptions } from "./step-error-options.ts";

let counter = 0;

/** Mounts the live step-error plot on an element (adopting its static figure if the build rendered one). */
export function mount(el: HTMLElement, input: Readonly<Record<string, unknown>> = {}): Widget<StepErrorOptions> {
  let options = stepErrorOptions(input);
  const original = el.innerHTML;
  const id = el.querySelector(".se-desc")?.id.replace(/-desc$/, "") || `se-${++counter}`;
  if (!el.querySelector(".se-svg")) el.innerHTML = stepErrorMarkup(stepErrorGeometry(options), id);
  const controls = rangeControls(stepErrorSpecs, id, (key, value) => update({ [key]: value }), (key, v) => (key === "logEps" ? `ε = ${(10 ** v).toExponential(1)}` : v.toFixed(1)));
  el.prepend(controls.element);
  const root = select(el);

  const drawMethod = (m: MethodGeometry, cls: string): void => {
    root.select(`.se-curve.${cls}`).attr("d", m.path);
    root.select(`.se-best.${cls}`).attr("cx", m.best.cx).attr("cy", m.best.cy);
    root.select(`.se-at.${cls}`).attr("cx", m.at.cx).attr("cy", m.at.cy);
  };

  function render(): void {
    const g = stepErrorGeometry(options);
    drawMethod(g.forward, "se-forward");
    drawMethod(g.central, "se-central");
    root.select(".se-eps").attr("x1", g.epsX).attr("x2", g.epsX);
    root.select(".se-readout").text(stepErrorReadout(g));
    root.select(".se-desc").text(g.description);
    controls.set(options);
  }

  function update(next: Readonly<Record<string, unknown>>): StepErrorOptions {
    options = stepErrorOptions({ ...options, ...next });
    render();
    return options;
  }

  render();
  return {
    update,
    get options() {
      return options;
    },
    destroy() {
      el.innerHTML = original;
    },
  };
}
