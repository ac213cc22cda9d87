import { toMarkup } from "./chart/mark.ts";
import type { FigureFn, WidgetManifest } from "./define-widget.ts";

/** What the build writes into a widget's element for validated options: its controls (disabled until adopted), then its figure. */
export function islandMarkup(widget: WidgetManifest, figure: FigureFn<never>, options: Readonly<Record<string, number>>, id: string): string {
  const controls = widget.live ? toMarkup(widget.live.panel(options as never, id)) : "";
  return controls + (figure as FigureFn<typeof options>)(options, id);
}
