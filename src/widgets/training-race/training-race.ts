import { select } from "d3-selection";
import { formatNumber } from "../format-number.ts";
import { mountWidget } from "../mount-widget.ts";
import { playButton } from "../play-button.ts";
import { rangeControls } from "../range-controls.ts";
import type { Widget } from "../widget.ts";
import { raceGeometry } from "./race-geometry.ts";
import { raceMarkup, raceReadout } from "./race-markup.ts";
import { RACE_STEPS, raceOptions, raceSpecs, type RaceOptions } from "./race-options.ts";

/** Mounts the live training race: scrub the step, change the learning rate, or play the race from the start. */
export function mount(el: HTMLElement, input: Readonly<Record<string, unknown>> = {}): Widget<RaceOptions> {
  return mountWidget(
    {
      prefix: "tr",
      validate: (i) => raceOptions(i),
      markup: (o, id) => raceMarkup(raceGeometry(o), id),
      setup({ el, id, update, options }) {
        const label = (key: string, v: number) => (key === "step" ? String(v) : formatNumber(v, 1));
        const controls = rangeControls(raceSpecs, id, (key, v) => update({ [key]: v }), label);
        const play = playButton(RACE_STEPS, 4, () => options().step, (step) => update({ step }));
        el.prepend(controls.element, play.button);
        const root = select(el);
        return {
          render(o) {
            const g = raceGeometry(o);
            for (const r of g.runners) {
              root.select(`.tr-curve.tr-${r.name}`).attr("d", r.path);
              root.select(`.tr-dot.tr-${r.name}`).attr("cx", g.stepX).attr("cy", r.cy);
            }
            root.select(".tr-step").attr("x1", g.stepX).attr("x2", g.stepX);
            root.select(".tr-readout").text(raceReadout(g));
            root.select(".tr-desc").text(g.description);
            controls.set(o);
          },
          destroy: play.stop,
        };
      },
    },
    el,
    input,
  );
}
