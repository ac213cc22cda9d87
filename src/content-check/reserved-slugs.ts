import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import { SITE_PREVIEW } from "../og/site-preview.ts";

/** Names the site's own output uses beside its pages: Pagefind's index, the sitemap, Astro's assets, the embed bundle. */
const BUILT_NAMES = ["articles", "index", "pagefind", "sitemap-index", "sitemap-0", "astro", "headers"];

/**
 * The slugs an article may not take, each with what already has the name: the site's preview image /og/site.png
 * (an article's preview image is /og/<slug>.png), and every top-level route and file of the site (/search/, /claims/,
 * /embed/, /og/, /rss.xml, /404.html, /favicon.svg …), so no article's address or image can shadow or be shadowed.
 */
export function reservedSlugs(root: string): ReadonlyMap<string, string> {
  const reserved = new Map<string, string>([[SITE_PREVIEW, `the site's own preview image /og/${SITE_PREVIEW}.png`]]);
  for (const name of BUILT_NAMES) reserved.set(name, "a name the build itself writes into dist/");
  for (const [dir, label] of [["src/pages", "the site's page"], ["public", "the site's file"]] as const) {
    const full = path.join(root, dir);
    if (!existsSync(full)) continue;
    for (const entry of readdirSync(full)) {
      const name = entry.replace(/\.[^.]*$/, "").replace(/\.[^.]*$/, "").replace(/^_/, "");
      if (/^[a-z0-9-]+$/.test(name) && !reserved.has(name)) reserved.set(name, `${label} /${entry.replace(/\.(astro|ts)$/, "")}`);
    }
  }
  return reserved;
}
