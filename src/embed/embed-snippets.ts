import { attributeName, embedTag, type EmbedEntry } from "./embed-registry.ts";
import { escapeHtml } from "../widgets/escape-html.ts";
import { EMBED_PATH } from "./embed-path.ts";
import { iframeHeight } from "./embed-sizes.ts";
import { stillPath } from "./still-path.ts";

/** Every attribute of an embed with its default value, in declaration order. */
export function defaultAttributes(entry: EmbedEntry): [string, string][] {
  return Object.entries(entry.specs).map(([key, spec]) => [attributeName(key), String(spec.default)]);
}

/**
 * The script-and-element snippet a host page pastes to show a widget. Inside the element, the widget's still figure
 * (drawn at build time) linked to its article: it shows until the script runs, and stays when scripts are off.
 */
export function elementSnippet(entry: EmbedEntry, site: string): string {
  const attributes = defaultAttributes(entry)
    .map(([name, value]) => ` ${name}="${value}"`)
    .join("");
  const tag = embedTag(entry.widget);
  const still = `<img src="${new URL(stillPath(entry.widget), site).href}" alt="${escapeHtml(entry.title)}: a still of the interactive figure, which needs JavaScript">`;
  const fallback = `<a href="${new URL(`/articles/${entry.article}/`, site).href}">${still}</a>`;
  return `<script type="module" src="${new URL(`${EMBED_PATH}/loader.js`, site).href}"></script>\n<${tag}${attributes}>${fallback}</${tag}>`;
}

/** The address of a widget's iframe page with every option in the URL. */
export function iframeUrl(entry: EmbedEntry, site: string): string {
  const query = new URLSearchParams(defaultAttributes(entry));
  return new URL(`/embed/${entry.widget}/?${query}`, site).href;
}

/**
 * The iframe snippet for hosts that allow no scripts: as tall as the figure measured at its tallest column width, and
 * borderless (width 100% plus the default 2 px border would overflow a narrow column). frameborder="0" rather than
 * style="border: 0", because a strict host policy (style-src without 'unsafe-inline') refuses style attributes.
 */
export function iframeSnippet(entry: EmbedEntry, site: string): string {
  return `<iframe src="${iframeUrl(entry, site).replaceAll("&", "&amp;")}" title="${escapeHtml(entry.title)}" width="100%" height="${iframeHeight(entry.widget)}" frameborder="0" loading="lazy"></iframe>`;
}

/** The optional script that resizes iframes to the height their pages report. */
export function resizeSnippet(site: string): string {
  const origin = new URL(site).origin;
  return [
    "<script>",
    'addEventListener("message", (event) => {',
    `  if (event.origin !== "${origin}" || event.data?.type !== "sg-embed:height") return;`,
    "  for (const frame of document.querySelectorAll(\"iframe\")) {",
    "    if (frame.contentWindow === event.source) frame.height = String(event.data.height);",
    "  }",
    "});",
    "</script>",
  ].join("\n");
}
