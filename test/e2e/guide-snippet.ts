import { readFileSync } from "node:fs";
import path from "node:path";
import { LOCAL_SITE_URL, SITE_CONFIG } from "../../src/lib/site.ts";

const dist = path.resolve(import.meta.dirname, "../../dist");

/** The site's address as the built guide writes it in its snippets (SITE_URL, or its local stand-in); tests swap in a local one. */
export const SITE_IN_SNIPPETS = (SITE_CONFIG.siteUrl ?? LOCAL_SITE_URL).replace(/\/$/, "");

/** A snippet of the embed guide exactly as the built guide page shows it (entities decoded), by its element id. */
export function guideSnippet(id: string): string {
  const html = readFileSync(path.join(dist, "embed/index.html"), "utf8");
  const match = new RegExp(`<pre class="snippet" id="${id}"[^>]*>([\\s\\S]*?)</pre>`).exec(html);
  if (!match) throw new Error(`no snippet #${id} in the built guide`);
  return match[1]!.replaceAll("&lt;", "<").replaceAll("&gt;", ">").replaceAll("&quot;", '"').replaceAll("&#39;", "'").replaceAll("&amp;", "&");
}
