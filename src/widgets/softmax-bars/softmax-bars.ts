import { select } from "d3-selection";
import { formatNumber } from "../format-number.ts";
import { mountWidget } from "../mount-widget.ts";
import { rangeControls } from "../range-controls.ts";
import type { Widget } from "../widget.ts";
import { softmaxGeometry } from "./softmax-geometry.ts";
import { softmaxMarkup, softmaxReadout } from "./softmax-markup.ts";
import { softmaxOptions, softmaxSpecs, type SoftmaxOptions } from "./softmax-options.ts";

/** Mounts the live softmax figure: one slider per free score (the class count is fixed once mounted). */
export function mount(el: HTMLElement, input: Readonly<Record<string, unknown>> = {}): Widget<SoftmaxOptions> {
  const classes = softmaxOptions(input).classes;
  return mountWidget(
    {
      prefix: "sm",
      validate(i) {
        const o = softmaxOptions(i);
        if (o.classes !== classes) throw new Error("softmax-bars: the number of classes is fixed once mounted");
        return o;
      },
      markup: (o, id) => softmaxMarkup(softmaxGeometry(o), id),
      setup({ el, id, update }) {
        const { s1, s2, s3 } = softmaxSpecs;
        const free = classes === 2 ? { s1 } : { s1, s2, s3 };
        const controls = rangeControls(free, id, (key, value) => update({ [key]: value }), (_, v) => formatNumber(v, 1));
        el.prepend(controls.element);
        const root = select(el);
        return {
          render(o) {
            const g = softmaxGeometry(o);
            g.rows.forEach((r, i) => {
              const row = root.select(`.sm-row[data-row="${i}"]`);
              row.selectAll<SVGRectElement, unknown>(".sm-bar").each(function (_, k) {
                const [x, w] = r.bars[k]!;
                select(this).attr("x", x).attr("width", w);
              });
              [r.score, r.exp, r.p].forEach((v, k) => row.select(`.sm-value-${k}`).text(formatNumber(v)));
            });
            root.select(".sm-readout").text(softmaxReadout(g));
            root.select(".sm-desc").text(g.description);
            controls.set(o);
          },
        };
      },
    },
    el,
    input,
  );
}
