/// <reference types="vite/client" />
import { expectAdopted } from "./adopt-control.ts";
import { toMarkup } from "./chart/mark.ts";
import type { ControlsFn } from "./control-marks.ts";
import type { Widget } from "./widget.ts";

/** What a widget needs once mounted: a way to change its options, and its element's id prefix. */
export interface WidgetContext<O> {
  readonly el: HTMLElement;
  readonly id: string;
  /** Merges and validates new options, then redraws. */
  update(next: Readonly<Record<string, unknown>>): O;
  /** The current options. */
  options(): O;
}

/** How one widget is made: its options check, its shared markup, and its live parts. */
export interface WidgetSpec<O> {
  /** Class prefix of its parts ("sx" for .sx-svg, .sx-desc). */
  readonly prefix: string;
  readonly validate: (input: Readonly<Record<string, unknown>>) => O;
  /** The figure body, as the build renders it. */
  readonly markup: (options: O, id: string) => string;
  /** Its controls (the folder's controls.ts), as the build renders them before the figure, disabled until setup adopts them. */
  readonly controls: ControlsFn<O>;
  /** Whether markup is exactly the figure the build draws for the same options (a chart's one draw path), so that destroy can draw it again. */
  readonly buildsMarkup?: boolean;
  /**
   * Adopts the controls and adds listeners; returns how to redraw for new options, what to undo on destroy, and how to
   * take over the figure as it stands (drawn for these options, by the build or by markup just now) without drawing it again.
   */
  readonly setup: (context: WidgetContext<O>) => { render(options: O): void; adopt?(options: O): void; destroy?(): void };
}

/** The performance mark of each drawing of a figure's geometry while it mounts (detail: the class prefix); npm run bench and the draw-mark tests count them. */
export const DRAW_MARK = "sg-draw";

let counter = 0;

/**
 * The part every mount(element, options) shares: validate, adopt the static figure and controls the build rendered (or
 * draw them), wire the live parts, and restore the element on destroy. Bad options throw before anything changes; a
 * control the build rendered that setup leaves unadopted throws too. A widget that can adopt its figure draws nothing
 * on mount over a built one and once where there was none.
 */
export function mountWidget<O>(spec: WidgetSpec<O>, el: HTMLElement, input: Readonly<Record<string, unknown>>): Widget<O> {
  let options = spec.validate(input);
  const first = options;
  const built = el.querySelector(`.${spec.prefix}-svg`) !== null;
  // What destroy puts back. A built figure that markup draws alike is drawn again then rather than copied now:
  // serialising the element on every mount cost the hydration up to 2 ms (the MSE panels' 120 KB of markup).
  const original = built && spec.buildsMarkup ? undefined : el.innerHTML;
  const id = el.querySelector(`.${spec.prefix}-desc`)?.id.replace(/-desc$/, "") || `${spec.prefix}-${++counter}`;
  if (!built) {
    performance.mark(DRAW_MARK, { detail: spec.prefix });
    el.innerHTML = toMarkup(spec.controls(options, id)) + spec.markup(options, id);
  }
  const update = (next: Readonly<Record<string, unknown>>): O => {
    options = spec.validate({ ...options, ...next });
    live.render(options);
    return options;
  };
  const live = spec.setup({ el, id, update, options: () => options });
  if (live.adopt) live.adopt(options);
  else {
    performance.mark(DRAW_MARK, { detail: spec.prefix });
    live.render(options);
  }
  // Checked at build, in dev and in the tests; the production bundle carries only widgets those have checked.
  if (!(import.meta.env?.PROD === true && import.meta.env.SSR === false)) expectAdopted(el, spec.prefix);
  return {
    update,
    get options() {
      return options;
    },
    destroy() {
      live.destroy?.();
      el.innerHTML = original ?? toMarkup(spec.controls(first, id)) + spec.markup(first, id);
    },
  };
}
