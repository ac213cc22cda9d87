import { mountChart } from "../chart/mount-chart.ts";
import { formatNumber } from "../format-number.ts";
import { playButton } from "../play-button.ts";
import { rangeControls } from "../range-controls.ts";
import type { Widget } from "../widget.ts";
import { zigzagDraw } from "./zigzag-draw.ts";
import { ZIGZAG_STEPS, zigzagOptions, zigzagSpecs, type ZigzagOptions } from "./zigzag-options.ts";

/** Mounts the live zig-zag: scrub the step or play it, and change the learning rate both neurons share. */
export function mount(el: HTMLElement, input: Readonly<Record<string, unknown>> = {}): Widget<ZigzagOptions> {
  return mountChart(
    {
      prefix: "zz",
      validate: (i) => zigzagOptions(i),
      draw: zigzagDraw,
      setup({ el, id, update, options }) {
        const label = (key: string, v: number) => (key === "step" ? String(v) : formatNumber(v, 1));
        const controls = rangeControls(zigzagSpecs, id, (key, v) => update({ [key]: v }), label);
        const play = playButton(ZIGZAG_STEPS, 1, () => options().step, (step) => update({ step }));
        el.prepend(controls.element, play.button);
        return { sync: controls.set, destroy: play.stop };
      },
    },
    el,
    input,
  );
}
