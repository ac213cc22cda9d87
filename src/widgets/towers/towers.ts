import { select } from "d3-selection";
import { rangeControls } from "../range-controls.ts";
import type { Widget } from "../widget.ts";
import { towersGeometry } from "./towers-geometry.ts";
import { towersMarkup, towersReadout } from "./towers-markup.ts";
import { towersOptions, towersSpecs, type TowersOptions } from "./towers-options.ts";

let counter = 0;

/** Mounts the live towers figure: sliders for the number of towers and their steepness. */
export function mount(el: HTMLElement, input: Readonly<Record<string, unknown>> = {}): Widget<TowersOptions> {
  let options = towersOptions(input);
  const original = el.innerHTML;
  const id = el.querySelector(".tw-desc")?.id.replace(/-desc$/, "") || `tw-${++counter}`;
  if (!el.querySelector(".tw-svg")) el.innerHTML = towersMarkup(towersGeometry(options), id);
  const controls = rangeControls(towersSpecs, id, (key, v) => update({ [key]: v }));
  el.prepend(controls.element);
  const root = select(el);

  function render(): void {
    const g = towersGeometry(options);
    root.select(".tw-approx").attr("d", g.approxPath);
    root.select(".tw-readout").text(towersReadout(g));
    root.select(".tw-desc").text(g.description);
    controls.set(options);
  }

  function update(next: Readonly<Record<string, unknown>>): TowersOptions {
    options = towersOptions({ ...options, ...next });
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
