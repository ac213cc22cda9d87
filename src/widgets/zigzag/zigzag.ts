import { select } from "d3-selection";
import { adoptControl } from "../adopt-control.ts";
import { mountWidget } from "../mount-widget.ts";
import { playButton } from "../play-button.ts";
import { rangeControls } from "../range-controls.ts";
import type { Widget } from "../widget.ts";
import { controls as panel, valueText } from "./controls.ts";
import { zigzagGeometry } from "./zigzag-geometry.ts";
import { zigzagMarkup, zigzagMarks } from "./zigzag-markup.ts";
import { ZIGZAG_STEPS, zigzagOptions, zigzagSpecs, type ZigzagOptions } from "./zigzag-options.ts";

/** Mounts the live zig-zag: scrub the step or play it, and change the learning rate both neurons share. */
export function mount(el: HTMLElement, input: Readonly<Record<string, unknown>> = {}): Widget<ZigzagOptions> {
  return mountWidget(
    {
      prefix: "zz",
      validate: (i) => zigzagOptions(i),
      markup: (o, id) => zigzagMarkup(zigzagGeometry(o), id),
      controls: panel,
      setup({ el, id, update, options }) {
        const controls = rangeControls(el, zigzagSpecs, id, (key, v) => update({ [key]: v }), valueText);
        const play = playButton(adoptControl(el, id, "play"), ZIGZAG_STEPS, 1, () => options().step, (step) => update({ step }));
        const root = select(el);
        return {
          render(o) {
            const g = zigzagGeometry(o);
            for (const r of g.runs) {
              root.select(`.zz-path.zz-${r.name}`).attr("d", r.path);
              root.select(`.zz-dot.zz-${r.name}`).attr("cx", r.cx).attr("cy", r.cy);
            }
            root.select(".zz-marks").html(zigzagMarks(g));
            root.select(".zz-readout").text(g.readout);
            root.select(".zz-desc").text(g.description);
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
