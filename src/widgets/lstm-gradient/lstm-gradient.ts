import { select } from "d3-selection";
import { offScaleMarkup } from "../chart/off-scale-markup.ts";
import { mountWidget } from "../mount-widget.ts";
import { pointerProbe } from "../pointer-probe.ts";
import { rangeControls } from "../range-controls.ts";
import type { Widget } from "../widget.ts";
import { controls as panel, valueText } from "./controls.ts";
import { frame, lstmGeometry, xScale } from "./lstm-geometry.ts";
import { lstmMarkup } from "./lstm-markup.ts";
import { lstmOptions, lstmSpecs, type LstmOptions } from "./lstm-options.ts";

/** Mounts the live LSTM-versus-RNN comparison: sliders for the gates and weights, and a drag across the plot for the length. */
export function mount(el: HTMLElement, input: Readonly<Record<string, unknown>> = {}): Widget<LstmOptions> {
  return mountWidget(
    {
      prefix: "lg",
      validate: (i) => lstmOptions(i),
      markup: (o, id) => lstmMarkup(lstmGeometry(o), id),
      controls: panel,
      setup({ el, id, update }) {
        const controls = rangeControls(el, lstmSpecs, id, (key, v) => update({ [key]: v }), valueText);
        const svg = el.querySelector<SVGSVGElement>(".lg-svg")!;
        const stopProbe = pointerProbe(svg, frame.width, (px) => update({ steps: Math.max(1, Math.round(xScale.invert(px))) }));
        const root = select(el);
        return {
          render(o) {
            const g = lstmGeometry(o);
            root.select("path.lg-lstm").attr("d", g.lstmPath);
            root.select("path.lg-rnn").attr("d", g.rnnPath);
            root.select("circle.lg-lstm").attr("cx", g.cx).attr("cy", g.cyLstm);
            root.select("circle.lg-rnn").attr("cx", g.cx).attr("cy", g.cyRnn);
            root.select(".lg-marks").html(offScaleMarkup(g.marks));
            root.select(".lg-readout").text(g.readout);
            root.select(".lg-desc").text(g.description);
            controls.set(o);
          },
          destroy: stopProbe,
        };
      },
    },
    el,
    input,
  );
}
