// Measures each widget's iframe page in Chromium at the narrowest and a wide column, and writes the heights the
// guide's iframe snippets use (src/embed/embed-sizes.json). Run after `npm run build`: `npx tsx scripts/measure-embeds.ts`.
import { writeFileSync } from "node:fs";
import path from "node:path";
import { EMBEDS } from "../src/embed/embed-registry.ts";
import { EMBED_WIDTHS } from "../src/embed/embed-sizes.ts";
import { measureEmbed } from "./measure-embed.ts";
import { launchBrowser } from "../test/e2e/browser.ts";
import { serveDist } from "./serve-dist.ts";

const root = path.resolve(import.meta.dirname, "..");
const { server, url } = await serveDist(path.join(root, "dist"));
const { browser, close } = await launchBrowser();
try {
  const sizes: Record<string, Record<string, number>> = {};
  for (const entry of EMBEDS) {
    sizes[entry.widget] = {};
    for (const width of EMBED_WIDTHS) sizes[entry.widget]![String(width)] = await measureEmbed(browser, `${url}/embed/${entry.widget}/`, width);
    console.log(entry.widget, JSON.stringify(sizes[entry.widget]));
  }
  writeFileSync(path.join(root, "src/embed/embed-sizes.json"), `${JSON.stringify(sizes, null, 2)}\n`);
} finally {
  await close();
  server.close();
}
