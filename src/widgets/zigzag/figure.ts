import { zigzagGeometry } from "./zigzag-geometry.ts";
import { zigzagMarkup } from "./zigzag-markup.ts";
import type { ZigzagOptions } from "./zigzag-options.ts";

/** The zig-zag of all-positive inputs figure as the build draws it: the static SVG for validated options. */
export function figure(options: ZigzagOptions, id: string): string {
  return zigzagMarkup(zigzagGeometry(options), id);
}
