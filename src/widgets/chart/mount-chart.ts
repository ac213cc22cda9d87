import type { Widget } from "../widget.ts";
import { joinMarks } from "./join-marks.ts";
import { toMarkup, type Mark } from "./mark.ts";

/** What a chart widget's live parts get: its element, its figure body, its id prefix, and a way to change its options. */
export interface ChartContext<O> {
  readonly el: HTMLElement;
  readonly body: HTMLElement;
  readonly id: string;
  /** Merges and validates new options, then draws (also with no change: for state the widget keeps itself). */
  update(next: Readonly<Record<string, unknown>>): O;
  /** The current options. */
  options(): O;
}

/** How one chart widget is made: its options check, its one draw function, and its controls. */
export interface ChartSpec<O> {
  /** Class prefix of its parts ("sx" for .sx-svg, .sx-desc). */
  readonly prefix: string;
  readonly validate: (input: Readonly<Record<string, unknown>>) => O;
  /** The figure body for a state: the build serialises it, every live update joins it onto the page. */
  readonly draw: (options: O, id: string) => readonly Mark[];
  /** Adds controls and listeners; sync shows new options on them, destroy undoes what setup did. */
  readonly setup: (context: ChartContext<O>) => { sync?(options: O): void; destroy?(): void };
}

const BODY = "chart-body";
let counter = 0;

/** The figure body as the build writes it into the page, for mountChart to adopt. */
export function chartBody(marks: readonly Mark[]): string {
  return `<div class="${BODY}">${toMarkup(marks)}</div>`;
}

/**
 * mount(element, options) for a chart widget, with one draw path: the figure the build wrote is adopted as it is (it
 * is already this state, so nothing is drawn on mount), or drawn once where there is none; every update redraws
 * through the same draw function, structural options included. Bad options throw before anything changes.
 */
export function mountChart<O>(spec: ChartSpec<O>, el: HTMLElement, input: Readonly<Record<string, unknown>>): Widget<O> {
  let options = spec.validate(input);
  const original = el.innerHTML;
  const built = el.querySelector<HTMLElement>(`:scope > .${BODY}`);
  const id = el.querySelector(`.${spec.prefix}-desc`)?.id.replace(/-desc$/, "") || `${spec.prefix}-${++counter}`;
  const body = built ?? Object.assign(document.createElement("div"), { className: BODY });
  if (!built) {
    el.replaceChildren(body);
    joinMarks(body, spec.draw(options, id));
  }
  const update = (next: Readonly<Record<string, unknown>>): O => {
    options = spec.validate({ ...options, ...next });
    joinMarks(body, spec.draw(options, id));
    live.sync?.(options);
    return options;
  };
  const live = spec.setup({ el, body, id, update, options: () => options });
  live.sync?.(options);
  return {
    update,
    get options() {
      return options;
    },
    destroy() {
      live.destroy?.();
      el.innerHTML = original;
    },
  };
}
