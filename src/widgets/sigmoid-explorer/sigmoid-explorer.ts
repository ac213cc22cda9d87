import { select } from "d3-selection";
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

  const controls = document.createElement("div");
  controls.className = "sx-controls";
  const inputs = new Map<keyof ExplorerOptions, { input: HTMLInputElement; output: HTMLOutputElement }>();
  for (const key of Object.keys(explorerSpecs) as (keyof ExplorerOptions)[]) {
    const spec = explorerSpecs[key];
    const label = document.createElement("label");
    const name = document.createElement("span");
    name.textContent = spec.label;
    const range = document.createElement("input");
    Object.assign(range, { type: "range", min: String(spec.min), max: String(spec.max), step: String(spec.step) });
    range.id = `${id}-${key}`;
    // The output inside the label is labelable too, so name the slider explicitly.
    label.htmlFor = range.id;
    const output = document.createElement("output");
    output.setAttribute("for", range.id);
    range.addEventListener("input", () => update({ ...options, [key]: Number(range.value) }));
    label.append(name, output, range);
    controls.append(label);
    inputs.set(key, { input: range, output });
  }
  el.prepend(controls);

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
    for (const [key, { input, output }] of inputs) {
      input.value = String(options[key]);
      output.textContent = String(options[key]);
    }
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
