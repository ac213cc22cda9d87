import { EMBEDS } from "./embed-registry.ts";
import measured from "./embed-sizes.json" with { type: "json" };

/** The column widths, in CSS pixels, at which each iframe page is measured: the narrowest supported and a wide one. */
export const EMBED_WIDTHS = [320, 720] as const;

/** Each widget's iframe page height at each of EMBED_WIDTHS, measured in Chromium by scripts/measure-embeds.ts. */
export const EMBED_SIZES: Readonly<Record<string, Readonly<Record<string, number>>>> = measured;

/** The iframe height that shows a widget whole at any of EMBED_WIDTHS: the tallest measured, or its manifest's height until measured. */
export function iframeHeight(widget: string): number {
  const sizes = EMBED_SIZES[widget];
  if (sizes) return Math.max(...Object.values(sizes));
  const entry = EMBEDS.find((e) => e.widget === widget);
  if (!entry) throw new Error(`no embeddable widget "${widget}"`);
  return entry.height;
}
