import { EMBED_PATH } from "./embed-path.ts";

/** Where a widget's still figure (a standalone SVG drawn at build time) is served: the element snippet's no-JS fallback. */
export function stillPath(widget: string): string {
  return `${EMBED_PATH}/still/${widget}.svg`;
}
