import { select } from "d3-selection";
import { formatNumber } from "../format-number.ts";
import { rangeControls } from "../range-controls.ts";
import type { Widget } from "../widget.ts";
import { autodiffGeometry } from "./autodiff-geometry.ts";
import { autodiffMarkup, forwardText, gradText } from "./autodiff-markup.ts";
import { autodiffOptions, autodiffSpecs, LAST_STEP, type AutodiffOptions } from "./autodiff-options.ts";

let counter = 0;

/** Mounts the live autodiff graph: sliders for the inputs and the step, and Back/Next buttons to walk it. */
export function mount(el: HTMLElement, input: Readonly<Record<string, unknown>> = {}): Widget<AutodiffOptions> {
  let options = autodiffOptions(input);
  const original = el.innerHTML;
  const id = el.querySelector(".ad-desc")?.id.replace(/-desc$/, "") || `ad-${++counter}`;
  if (!el.querySelector(".ad-svg")) el.innerHTML = autodiffMarkup(autodiffGeometry(options), id);
  const controls = rangeControls(autodiffSpecs, id, (key, v) => update({ [key]: v }), (key, v) => (key === "step" ? `${v} of ${LAST_STEP}` : formatNumber(v, 1)));
  const buttons = document.createElement("div");
  buttons.className = "ad-buttons";
  const button = (text: string, delta: number): HTMLButtonElement => {
    const b = document.createElement("button");
    b.type = "button";
    b.className = "widget-button";
    b.textContent = text;
    b.addEventListener("click", () => update({ step: Math.min(LAST_STEP, Math.max(0, options.step + delta)) }));
    buttons.append(b);
    return b;
  };
  const back = button("← Back", -1);
  const next = button("Next →", 1);
  el.prepend(controls.element, buttons);
  const root = select(el);

  function render(): void {
    const g = autodiffGeometry(options);
    for (const n of g.nodes) {
      const node = root.select(`.ad-node[data-node="${n.key}"]`);
      node.select(".ad-fwd").text(forwardText(n, g.step));
      node.select(".ad-grad").text(gradText(n, g.step)).classed("ad-known", g.step >= n.backwardAt);
    }
    root.select(".ad-explain").text(g.explanation);
    root.select(".ad-desc").text(g.description);
    back.disabled = options.step === 0;
    next.disabled = options.step === LAST_STEP;
    controls.set(options);
  }

  function update(nextOptions: Readonly<Record<string, unknown>>): AutodiffOptions {
    options = autodiffOptions({ ...options, ...nextOptions });
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
