import { mountChart } from "../chart/mount-chart.ts";
import { formatNumber } from "../format-number.ts";
import { rangeControls } from "../range-controls.ts";
import type { Widget } from "../widget.ts";
import { conceptDraw } from "./concept-draw.ts";
import { digitPixels } from "./concept-geometry.ts";
import { DIGIT_NAMES, conceptOptions, conceptSpecs, type ConceptOptions } from "./concept-options.ts";

/** Mounts the live concept detector: pixels toggle with click, tap or keyboard; the bias has a slider; digits have presets. */
export function mount(el: HTMLElement, input: Readonly<Record<string, unknown>> = {}): Widget<ConceptOptions> {
  // The pixels are the reader's drawing, not an option: they start from the digit and change by hand.
  let shownDigit = -1;
  let pixels: number[] = [];
  const drawing = (o: ConceptOptions): number[] => {
    if (o.digit !== shownDigit) {
      pixels = digitPixels(o.digit);
      shownDigit = o.digit;
    }
    return pixels;
  };
  return mountChart(
    {
      prefix: "cd",
      validate: (i) => conceptOptions(i),
      draw: (o, id) => conceptDraw(drawing(o), o.b, id),
      setup({ el, body, id, update, options }) {
        const grid = body.querySelector<HTMLElement>(".cd-grid")!;
        const toggle = (event: Event): void => {
          const cell = (event.target as Element).closest<HTMLElement>("[data-cell]");
          if (!cell) return;
          const i = Number(cell.dataset.cell);
          const ink = drawing(options());
          ink[i] = ink[i] ? 0 : 1;
          update({});
        };
        grid.addEventListener("click", toggle);
        const controls = rangeControls({ b: conceptSpecs.b }, id, (key, v) => update({ [key]: v }), (_, v) => formatNumber(v, 1));
        const presets = document.createElement("div");
        presets.className = "cd-presets";
        DIGIT_NAMES.forEach((name, index) => {
          const b = document.createElement("button");
          b.type = "button";
          b.className = "widget-button";
          b.textContent = name;
          b.addEventListener("click", () => {
            shownDigit = -1;
            update({ digit: index });
          });
          presets.append(b);
        });
        el.prepend(controls.element, presets);
        return { sync: controls.set, destroy: () => grid.removeEventListener("click", toggle) };
      },
    },
    el,
    input,
  );
}
