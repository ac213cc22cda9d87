import { select } from "d3-selection";
import { rangeControls } from "../range-controls.ts";
import type { Widget } from "../widget.ts";
import { explorerGeometry, frame, xScale } from "./explorer-geometry.ts";
import { explorerMarkup, readoutText } from "./explorer-markup.ts";
import { explorerOptions, explorerSpecs, type ExplorerOptions } from "./explorer-options.ts";

let counter = 0;

/** Mounts the live sigmoid explorer on an element (adopting its static figure if the build rendered one). */
export function mount(el: HTMLElement, input: Readonly<Record<string, unknown>> = {}): Widget<ExplorerOptions> {
  let options = explorerOptions(input);
  const original = el.innerHTML;
  const id = el.querySelector(".sx-desc")?.id.replace(/-desc$/, "") || `sx-${++counter}`;
  if (!el.querySelector(".sx-svg")) el.innerHTML = explorerMarkup(explorerGeometry(options), id);
  el.classList.add("sx-live");

  const controls = rangeControls(explorerSpecs, id, (key, value) => update({ [key]: value }));
  el.prepend(controls.element);

  const svg = el.querySelector<SVGSVGElement>(".sx-svg")!;
  const root = select(svg);
  const probeAt = (event: PointerEvent): void => {
    const box = svg.getBoundingClientRect();
    if (box.width === 0) return;
    const x = xScale.invert(((event.clientX - box.left) / box.width) * frame.width);
    update({ ...options, x: Math.round(x * 10) / 10 });
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
    const g = explorerGeometry(options);
    root.select(".sx-sigma").attr("d", g.sigmaPath);
    root.select(".sx-dsigma").attr("d", g.dsigmaPath);
    root.select(".sx-step").attr("d", g.stepPath);
    root.select(".sx-probe-line").attr("x1", g.probe.cx).attr("x2", g.probe.cx);
    root.select(".sx-probe:not(.sx-probe-d)").attr("cx", g.probe.cx).attr("cy", g.probe.cySigma);
    root.select(".sx-probe-d").attr("cx", g.probe.cx).attr("cy", g.probe.cyDsigma);
    select(el).select(".sx-readout").text(readoutText(g));
    select(el).select(".sx-desc").text(g.description);
    controls.set(options);
  }

  function update(next: Readonly<Record<string, unknown>>): ExplorerOptions {
    options = explorerOptions({ ...options, ...next });
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
      el.classList.remove("sx-live");
      el.innerHTML = original;
    },
  };
}
