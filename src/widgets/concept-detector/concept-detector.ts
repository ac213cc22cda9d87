import { select } from "d3-selection";
import { formatNumber } from "../format-number.ts";
import { mountWidget } from "../mount-widget.ts";
import { rangeControls } from "../range-controls.ts";
import type { Widget } from "../widget.ts";
import { COLS, conceptGeometry, digitPixels, weight } from "./concept-geometry.ts";
import { conceptMarkup, sumText } from "./concept-markup.ts";
import { DIGIT_NAMES, conceptOptions, conceptSpecs, type ConceptOptions } from "./concept-options.ts";

/** Mounts the live concept detector: pixels toggle with click, tap or keyboard; the bias has a slider; digits have presets. */
export function mount(el: HTMLElement, input: Readonly<Record<string, unknown>> = {}): Widget<ConceptOptions> {
  // The pixels are the reader's drawing, not an option: they start from the digit and change by hand.
  let shownDigit = -1;
  let pixels: number[] = [];
  return mountWidget(
    {
      prefix: "cd",
      validate: (i) => conceptOptions(i),
      markup: (o, id) => conceptMarkup(digitPixels(o.digit), conceptGeometry(digitPixels(o.digit), o.b), id),
      setup({ el, id, update }) {
        const grid = el.querySelector<HTMLElement>(".cd-grid")!;
        grid.setAttribute("role", "group");
        grid.setAttribute("aria-label", "Pixel grid: press a pixel to ink or erase it");
        const cells = Array.from({ length: grid.children.length }, (_, i) => {
          const b = document.createElement("button");
          b.type = "button";
          const kind = weight(i % COLS);
          b.className = `cd-cell ${kind > 0 ? "cd-plus" : kind < 0 ? "cd-minus" : "cd-zero"}`;
          b.setAttribute("aria-label", `row ${Math.floor(i / COLS) + 1}, column ${(i % COLS) + 1}, weight ${kind}`);
          b.addEventListener("click", () => {
            pixels[i] = pixels[i] ? 0 : 1;
            update({});
          });
          return b;
        });
        grid.replaceChildren(...cells);
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
        const root = select(el);
        return {
          render(o) {
            if (o.digit !== shownDigit) {
              pixels = digitPixels(o.digit);
              shownDigit = o.digit;
            }
            const g = conceptGeometry(pixels, o.b);
            cells.forEach((c, i) => {
              c.classList.toggle("cd-on", pixels[i] === 1);
              c.setAttribute("aria-pressed", String(pixels[i] === 1));
            });
            root.select(".cd-sum").text(sumText(g));
            root.select(".cd-probe-step").attr("cx", g.probe.cx).attr("cy", g.probe.cyStep);
            root.select(".cd-probe-sigma").attr("cx", g.probe.cx).attr("cy", g.probe.cySigma);
            root.select(".cd-desc").text(g.description);
            controls.set(o);
          },
        };
      },
    },
    el,
    input,
  );
}
