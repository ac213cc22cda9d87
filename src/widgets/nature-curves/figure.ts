import { natureGeometry } from "./nature-geometry.ts";
import { natureMarkup } from "./nature-markup.ts";
import type { NatureOptions } from "./nature-options.ts";

/** The sigmoids in nature figure as the build draws it: the static SVG for validated options. */
export function figure(options: NatureOptions, id: string): string {
  return natureMarkup(natureGeometry(options), id);
}
