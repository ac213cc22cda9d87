import { select } from "d3-selection";
import { rangeControls } from "../range-controls.ts";
import { formatNumber } from "../format-number.ts";
import type { Widget } from "../widget.ts";
import { softmaxGeometry } from "./softmax-geometry.ts";
import { softmaxMarkup, softmaxReadout } from "./softmax-markup.ts";
import { softmaxOptions, softmaxSpecs, type SoftmaxOptions } from "./softmax-options.ts";

let counter = 0;

/** Mounts the live softmax figure: one slider per free score (the class count is fixed by the page). */
export function mount(el: HTMLElement, input: Readonly<Record<string, unknown>> = {}): Widget<SoftmaxOptions> {
  let options = softmaxOptions(input);
  const original = el.innerHTML;
  const id = el.querySelector(".sm-desc")?.id.replace(/-desc$/, "") || `sm-${++counter}`;
  if (!el.querySelector(".sm-svg")) el.innerHTML = softmaxMarkup(softmaxGeometry(options), id);
  const { s1, s2, s3 } = softmaxSpecs;
  const free = options.classes === 2 ? { s1 } : { s1, s2, s3 };
  const controls = rangeControls(free, id, (key, value) => update({ [key]: value }), (_, v) => formatNumber(v, 1));
  el.prepend(controls.element);
  const root = select(el);

  function render(): void {
    const g = softmaxGeometry(options);
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
    controls.set(options);
  }

  function update(next: Readonly<Record<string, unknown>>): SoftmaxOptions {
    const merged = softmaxOptions({ ...options, ...next });
    if (merged.classes !== options.classes) throw new Error("softmax-bars: the number of classes is fixed once mounted");
    options = merged;
    render();
    return options;
  }

  render();
  return {
    update,
    get options() {
      return options;
    },
    destroy() {
      el.innerHTML = original;
    },
  };
}
