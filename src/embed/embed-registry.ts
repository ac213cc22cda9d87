import type { OptionSpecs } from "../widgets/validate-options.ts";
import { WIDGETS } from "../widgets/widget-registry.ts";

// Importers of the registry find these here too; a widget's own embed module imports them from their files, not from
// this one, which loads every manifest.
export { attributeName } from "../widgets/define-widget.ts";
export { embedTag } from "./embed-tag.ts";

/** One embeddable widget, as plain data (the embed build writes it into each widget's module): derived from its manifest. */
export interface EmbedEntry {
  /** Its folder under src/widgets (holding <widget>.ts and <widget>.css). */
  readonly widget: string;
  /** The widget's class prefix, also the class of its container. */
  readonly prefix: string;
  readonly title: string;
  readonly specs: OptionSpecs;
  /** Slug of the article the widget comes from, for the "source" link. */
  readonly article: string;
  /** Iframe height until the page is measured. */
  readonly height: number;
}

/** Every live widget of the site, as embeds, in the registry's order: a still figure is not embeddable. */
export const EMBEDS: readonly EmbedEntry[] = WIDGETS.flatMap((w) =>
  w.live ? [{ widget: w.name, prefix: w.prefix, title: w.title, specs: w.options, article: w.article, height: w.live.height }] : [],
);
