import { explorerGeometry } from "./explorer-geometry.ts";
import { explorerMarkup } from "./explorer-markup.ts";
import type { ExplorerOptions } from "./explorer-options.ts";

/** The sigmoid explorer figure as the build draws it: the static SVG for validated options. */
export function figure(options: ExplorerOptions, id: string): string {
  return explorerMarkup(explorerGeometry(options), id);
}
