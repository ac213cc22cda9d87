import { mountChart } from "../chart/mount-chart.ts";
import { adoptControl } from "../adopt-control.ts";
import { rangeControls } from "../range-controls.ts";
import type { Widget } from "../widget.ts";
import { controls as panel, valueText } from "./controls.ts";
import { figure } from "./figure.ts";
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
      // draw reads the pixels inked since mount, and the build's cells are disabled: destroy draws the build's figure.
      figure,
      validate: (i) => conceptOptions(i),
      draw: (o, id) => conceptDraw(drawing(o), o.b, id),
      controls: panel,
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
        // The build's cells are disabled, as pressing them does nothing without the live widget.
        for (const cell of grid.querySelectorAll("button")) cell.disabled = false;
        const controls = rangeControls(el, { b: conceptSpecs.b }, id, (key, v) => update({ [key]: v }), valueText);
        DIGIT_NAMES.forEach((_, index) => {
          adoptControl(el, id, `digit-${index}`).addEventListener("click", () => {
            shownDigit = -1;
            update({ digit: index });
          });
        });
        return { sync: controls.set, destroy: () => grid.removeEventListener("click", toggle) };
      },
    },
    el,
    input,
  );
}
