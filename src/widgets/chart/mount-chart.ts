import type { ControlsFn } from "../control-marks.ts";
import { mountWidget, type WidgetContext } from "../mount-widget.ts";
import type { Widget } from "../widget.ts";
import { joinMarks } from "./join-marks.ts";
import { toMarkup, type Mark } from "./mark.ts";

/** What a chart widget's live parts get: what every widget's do, and the figure body its draw function fills. */
export interface ChartContext<O> extends WidgetContext<O> {
  readonly body: HTMLElement;
}

/** How one chart widget is made: its options check, its one draw function, and its controls. */
export interface ChartSpec<O> {
  /** Class prefix of its parts ("sx" for .sx-svg, .sx-desc). */
  readonly prefix: string;
  readonly validate: (input: Readonly<Record<string, unknown>>) => O;
  /** The figure body for a state: the build serialises it, every live update joins it onto the page. */
  readonly draw: (options: O, id: string) => readonly Mark[];
  /** Its controls (the folder's controls.ts), as the build renders them before the figure. */
  readonly controls: ControlsFn<O>;
  /** Adopts the controls and adds listeners; sync shows new options on them, destroy undoes what setup did. */
  readonly setup: (context: ChartContext<O>) => { sync?(options: O): void; destroy?(): void };
  /**
   * Set where the build's figure is not chartBody(draw(options)) alone (maths the build typesets, or a state the draw
   * reads besides the options): destroy then puts back a copy of the element taken on mount, not the figure drawn again.
   */
  readonly restoreByCopy?: boolean;
  /**
   * The build's figure for options (the folder's figure.ts), where it is not chartBody(draw(options)) but the page can
   * draw it (a still state: controls that do nothing yet, the state draw reads at its start): destroy draws it again,
   * rather than copying the element on mount, and an element without one gets it to adopt.
   */
  readonly figure?: (options: O, id: string) => string;
}

const BODY = "chart-body";

/** The figure body as the build writes it into the page, for mountChart to adopt. */
export function chartBody(marks: readonly Mark[]): string {
  return `<div class="${BODY}">${toMarkup(marks)}</div>`;
}

/**
 * mount(element, options) for a chart widget, with one draw path: the figure the build wrote (or, where there is none,
 * the same draw function's markup) is adopted as it is, since it already shows these options, so nothing is drawn on
 * mount; every update redraws through the same draw function by a keyed join, structural options included.
 */
export function mountChart<O>(spec: ChartSpec<O>, el: HTMLElement, input: Readonly<Record<string, unknown>>): Widget<O> {
  return mountWidget(
    {
      prefix: spec.prefix,
      validate: spec.validate,
      markup: spec.figure ?? ((o, id) => chartBody(spec.draw(o, id))),
      controls: spec.controls,
      buildsMarkup: !spec.restoreByCopy,
      setup(context) {
        const body = el.querySelector<HTMLElement>(`:scope > .${BODY}`)!;
        const live = spec.setup({ ...context, body });
        return {
          render(o) {
            joinMarks(body, spec.draw(o, context.id));
            live.sync?.(o);
          },
          adopt: (o) => live.sync?.(o),
          destroy: () => live.destroy?.(),
        };
      },
    },
    el,
    input,
  );
}
