import { adoptControl } from "../adopt-control.ts";
import { mountChart } from "../chart/mount-chart.ts";
import { playButton } from "../play-button.ts";
import { rangeControls } from "../range-controls.ts";
import type { Widget } from "../widget.ts";
import { controls as panel, valueText } from "./controls.ts";
import { zigzagDraw } from "./zigzag-draw.ts";
import { ZIGZAG_STEPS, zigzagOptions, zigzagSpecs, type ZigzagOptions } from "./zigzag-options.ts";

/** Mounts the live zig-zag: scrub the step or play it, and change the learning rate both neurons share. */
export function mount(el: HTMLElement, input: Readonly<Record<string, unknown>> = {}): Widget<ZigzagOptions> {
  return mountChart(
    {
      prefix: "zz",
      validate: (i) => zigzagOptions(i),
      draw: zigzagDraw,
      controls: panel,
      setup({ el, id, update, options }) {
        const controls = rangeControls(el, zigzagSpecs, id, (key, v) => update({ [key]: v }), valueText);
        const play = playButton(adoptControl(el, id, "play"), ZIGZAG_STEPS, 1, () => options().step, (step) => update({ step }));
        return { sync: controls.set, destroy: play.stop };
      },
    },
    el,
    input,
  );
}
