import { mountChart } from "../chart/mount-chart.ts";
import { formatNumber } from "../format-number.ts";
import { playButton } from "../play-button.ts";
import { rangeControls } from "../range-controls.ts";
import type { Widget } from "../widget.ts";
import { neuronRaceDraw } from "./neuron-race-draw.ts";
import { NEURON_STEPS, neuronRaceOptions, neuronRaceSpecs, type NeuronRaceOptions } from "./neuron-race-options.ts";

/** Mounts the live neuron race: scrub the step, change the start and the learning rate, or play it. */
export function mount(el: HTMLElement, input: Readonly<Record<string, unknown>> = {}): Widget<NeuronRaceOptions> {
  return mountChart(
    {
      prefix: "nr",
      validate: (i) => neuronRaceOptions(i),
      draw: neuronRaceDraw,
      setup({ el, id, update, options }) {
        const label = (key: string, v: number) => (key === "step" ? String(v) : formatNumber(v, 1));
        const controls = rangeControls(neuronRaceSpecs, id, (key, v) => update({ [key]: v }), label);
        const play = playButton(NEURON_STEPS, 2, () => options().step, (step) => update({ step }));
        el.prepend(controls.element, play.button);
        return { sync: controls.set, destroy: play.stop };
      },
    },
    el,
    input,
  );
}
