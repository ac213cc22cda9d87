import { mountChart } from "../chart/mount-chart.ts";
import { pointerProbe } from "../pointer-probe.ts";
import { rangeControls } from "../range-controls.ts";
import type { Widget } from "../widget.ts";
import { controls as panel, valueText } from "./controls.ts";
import { lstmDraw } from "./lstm-draw.ts";
import { frame, xScale } from "./lstm-geometry.ts";
import { lstmOptions, lstmSpecs, type LstmOptions } from "./lstm-options.ts";

/** Mounts the live LSTM-versus-RNN comparison: sliders for the gates and weights, and a drag across the plot for the length. */
export function mount(el: HTMLElement, input: Readonly<Record<string, unknown>> = {}): Widget<LstmOptions> {
  return mountChart(
    {
      prefix: "lg",
      validate: (i) => lstmOptions(i),
      draw: lstmDraw,
      controls: panel,
      setup({ el, body, id, update }) {
        const controls = rangeControls(el, lstmSpecs, id, (key, v) => update({ [key]: v }), valueText);
        const svg = body.querySelector<SVGSVGElement>(".lg-svg")!;
        const stopProbe = pointerProbe(svg, frame.width, (px) => update({ steps: Math.max(1, Math.round(xScale.invert(px))) }));
        return { sync: controls.set, destroy: stopProbe };
      },
    },
    el,
    input,
  );
}
