import { select } from "d3-selection";
import { rangeControls } from "../range-controls.ts";
import type { Widget } from "../widget.ts";
import { compareGeometry, frame, xScale } from "./compare-geometry.ts";
import { compareMarkup, compareReadout } from "./compare-markup.ts";
import { compareOptions, compareSpecs, type CompareOptions } from "./compare-options.ts";

let counter = 0;

/** Mounts the live comparison of σ, tanh and ReLU: a probe slider, and dragging across the plot. */
export function mount(el: HTMLElement, input: Readonly<Record<string, unknown>> = {}): Widget<CompareOptions> {
  let options = compareOptions(input);
  const original = el.innerHTML;
  const id = el.querySelector(".ac-desc")?.id.replace(/-desc$/, "") || `ac-${++counter}`;
  if (!el.querySelector(".ac-svg")) el.innerHTML = compareMarkup(compareGeometry(options), id);
  const controls = rangeControls(compareSpecs, id, (key, v) => update({ [key]: v }));
  el.prepend(controls.element);
  const root = select(el);
  const svg = el.querySelector<SVGSVGElement>(".ac-svg")!;
  const probeAt = (event: PointerEvent): void => {
    const box = svg.getBoundingClientRect();
    if (box.width > 0) update({ x: Math.round(xScale.invert(((event.clientX - box.left) / box.width) * frame.width) * 10) / 10 });
  };
  const onDown = (event: PointerEvent): void => {
    svg.setPointerCapture?.(event.pointerId);
    probeAt(event);
  };
  const onMove = (event: PointerEvent): void => {
    if (svg.hasPointerCapture?.(event.pointerId)) probeAt(event);
  };
  svg.addEventListener("pointerdown", onDown);
  svg.addEventListener("pointermove", onMove);

  function render(): void {
    const g = compareGeometry(options);
    for (const c of g.curves) {
      root.select(`.ac-f.ac-${c.name}`).attr("cx", g.cx).attr("cy", c.cyF);
      root.select(`.ac-d.ac-${c.name}`).attr("cx", g.cx).attr("cy", c.cyD);
    }
    root.select(".ac-probe").attr("x1", g.cx).attr("x2", g.cx);
    root.select(".ac-readout").text(compareReadout(g));
    root.select(".ac-desc").text(g.description);
    controls.set(options);
  }

  function update(next: Readonly<Record<string, unknown>>): CompareOptions {
    options = compareOptions({ ...options, ...next });
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
      svg.removeEventListener("pointerdown", onDown);
      svg.removeEventListener("pointermove", onMove);
      el.innerHTML = original;
    },
  };
}
