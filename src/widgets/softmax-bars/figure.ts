import { softmaxGeometry } from "./softmax-geometry.ts";
import { softmaxMarkup } from "./softmax-markup.ts";
import type { SoftmaxOptions } from "./softmax-options.ts";

/** The softmax bars figure as the build draws it: the static SVG for validated options. */
export function figure(options: SoftmaxOptions, id: string): string {
  return softmaxMarkup(softmaxGeometry(options), id);
}
