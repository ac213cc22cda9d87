import { adoptControl } from "../adopt-control.ts";
import { mountChart } from "../chart/mount-chart.ts";
import { playButton } from "../play-button.ts";
import { rangeControls } from "../range-controls.ts";
import type { Widget } from "../widget.ts";
import { controls as panel, valueText } from "./controls.ts";
import { neuronRaceDraw } from "./neuron-race-draw.ts";
import { NEURON_STEPS, neuronRaceOptions, neuronRaceSpecs, type NeuronRaceOptions } from "./neuron-race-options.ts";

/** Mounts the live neuron race: scrub the step, change the start and the learning rate, or play it. */
export function mount(el: HTMLElement, input: Readonly<Record<string, unknown>> = {}): Widget<NeuronRaceOptions> {
  return mountChart(
    {
      prefix: "nr",
      validate: (i) => neuronRaceOptions(i),
      draw: neuronRaceDraw,
      controls: panel,
      setup({ el, id, update, options }) {
        const controls = rangeControls(el, neuronRaceSpecs, id, (key, v) => update({ [key]: v }), valueText);
        const play = playButton(adoptControl(el, id, "play"), NEURON_STEPS, 2, () => options().step, (step) => update({ step }));
        return { sync: controls.set, destroy: play.stop };
      },
    },
    el,
    input,
  );
}
