import { select } from "d3-selection";
import { offScaleMarkup } from "../chart/off-scale-markup.ts";
import { adoptControl } from "../adopt-control.ts";
import { mountWidget } from "../mount-widget.ts";
import { playButton } from "../play-button.ts";
import { rangeControls } from "../range-controls.ts";
import type { Widget } from "../widget.ts";
import { controls as panel, valueText } from "./controls.ts";
import { neuronRaceGeometry } from "./neuron-race-geometry.ts";
import { neuronRaceMarkup, neuronRaceReadout } from "./neuron-race-markup.ts";
import { NEURON_STEPS, neuronRaceOptions, neuronRaceSpecs, type NeuronRaceOptions } from "./neuron-race-options.ts";

/** Mounts the live neuron race: scrub the step, change the start and the learning rate, or play it. */
export function mount(el: HTMLElement, input: Readonly<Record<string, unknown>> = {}): Widget<NeuronRaceOptions> {
  return mountWidget(
    {
      prefix: "nr",
      validate: (i) => neuronRaceOptions(i),
      markup: (o, id) => neuronRaceMarkup(neuronRaceGeometry(o), id),
      controls: panel,
      setup({ el, id, update, options }) {
        const controls = rangeControls(el, neuronRaceSpecs, id, (key, v) => update({ [key]: v }), valueText);
        const play = playButton(adoptControl(el, id, "play"), NEURON_STEPS, 2, () => options().step, (step) => update({ step }));
        const root = select(el);
        return {
          render(o) {
            const g = neuronRaceGeometry(o);
            for (const r of g.runners) {
              root.selectAll(`.nr-curve.nr-${r.loss}`).each(function (_, i) {
                select(this).attr("d", i === 0 ? r.pPath : r.zPath);
              });
              root.select(`.nr-p.nr-${r.loss}`).attr("cx", g.stepX).attr("cy", r.cyP);
              root.select(`.nr-z.nr-${r.loss}`).attr("cx", g.stepX).attr("cy", r.cyZ);
            }
            root.select(".chart-marks").html(offScaleMarkup(g.marks));
            root.select(".nr-step").attr("x1", g.stepX).attr("x2", g.stepX);
            root.select(".nr-readout").text(neuronRaceReadout(g));
            root.select(".nr-desc").text(g.description);
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
