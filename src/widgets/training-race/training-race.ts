import { select } from "d3-selection";
import { formatNumber } from "../format-number.ts";
import { rangeControls } from "../range-controls.ts";
import type { Widget } from "../widget.ts";
import { raceGeometry } from "./race-geometry.ts";
import { raceMarkup, raceReadout } from "./race-markup.ts";
import { RACE_STEPS, raceOptions, raceSpecs, type RaceOptions } from "./race-options.ts";

let counter = 0;

/** Mounts the live training race: scrub the step, change the learning rate, or play the race from the start. */
export function mount(el: HTMLElement, input: Readonly<Record<string, unknown>> = {}): Widget<RaceOptions> {
  let options = raceOptions(input);
  const original = el.innerHTML;
  const id = el.querySelector(".tr-desc")?.id.replace(/-desc$/, "") || `tr-${++counter}`;
  if (!el.querySelector(".tr-svg")) el.innerHTML = raceMarkup(raceGeometry(options), id);
  const controls = rangeControls(raceSpecs, id, (key, v) => update({ [key]: v }), (key, v) => (key === "step" ? String(v) : formatNumber(v, 1)));
  const play = document.createElement("button");
  play.type = "button";
  play.className = "widget-button";
  play.textContent = "Play from the start";
  let frame = 0;
  const stop = (): void => {
    cancelAnimationFrame(frame);
    frame = 0;
  };
  const tick = (): void => {
    update({ step: Math.min(RACE_STEPS, options.step + 4) });
    frame = options.step < RACE_STEPS ? requestAnimationFrame(tick) : 0;
  };
  play.addEventListener("click", () => {
    stop();
    update({ step: 0 });
    frame = requestAnimationFrame(tick);
  });
  el.prepend(controls.element, play);
  const root = select(el);

  function render(): void {
    const g = raceGeometry(options);
    for (const r of g.runners) {
      root.select(`.tr-curve.tr-${r.name}`).attr("d", r.path);
      root.select(`.tr-dot.tr-${r.name}`).attr("cx", g.stepX).attr("cy", r.cy);
    }
    root.select(".tr-step").attr("x1", g.stepX).attr("x2", g.stepX);
    root.select(".tr-readout").text(raceReadout(g));
    root.select(".tr-desc").text(g.description);
    controls.set(options);
  }

  function update(next: Readonly<Record<string, unknown>>): RaceOptions {
    options = raceOptions({ ...options, ...next });
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
      stop();
      el.innerHTML = original;
    },
  };
}
