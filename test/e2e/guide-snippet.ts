import { readFileSync } from "node:fs";
import path from "node:path";

const dist = path.resolve(import.meta.dirname, "../../dist");

/** The site's address as the built guide writes it in its snippets (astro.config.mjs `site`); tests swap in a local one. */
export const SITE_IN_SNIPPETS = "https://sigmoid.example.org";

/** A snippet of the embed guide exactly as the built guide page shows it (entities decoded), by its element id. */
export function guideSnippet(id: string): string {
  const html = readFileSync(path.join(dist, "embed/index.html"), "utf8");
  const match = new RegExp(`<pre class="snippet" id="${id}"[^>]*>([\\s\\S]*?)</pre>`).exec(html);
  if (!match) throw new Error(`no snippet #${id} in the built guide`);
  return match[1]!.replaceAll("&lt;", "<").replaceAll("&gt;", ">").replaceAll("&quot;", '"').replaceAll("&#39;", "'").replaceAll("&amp;", "&");
}
