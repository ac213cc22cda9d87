import path from "node:path";
import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";
import { build, type Plugin } from "vite";
import { EMBED_PATH } from "./embed-path.ts";
import { EMBEDS } from "./embed-registry.ts";
import { SITE_CONFIG } from "../lib/site.ts";
import { shadowSheetFiles } from "./shadow-sheets.ts";
import { writeShadowSheets } from "./write-shadow-sheets.ts";
import { writeStills } from "./write-stills.ts";

const EMBED_DIR = EMBED_PATH.slice(1);

const root = path.resolve(fileURLToPath(import.meta.url), "../../..");
const PREFIX = "\0sg-embed:";

/** One generated entry per widget: its mount, its stylesheets as text, and the custom element definition. */
function entryCode(widget: string, site: string | undefined): string {
  const entry = EMBEDS.find((e) => e.widget === widget)!;
  const file = (p: string) => JSON.stringify(path.join(root, p));
  return [
    `import { mount } from ${file(`src/widgets/${widget}/${widget}.ts`)};`,
    ...shadowSheetFiles(widget).map((sheet, i) => `import css${i} from ${file(`${sheet}?inline`)};`),
    `import { defineEmbed } from ${file("src/embed/define-embed.ts")};`,
    // The site's published address, not the bundle's: a host that copies /embed/v1/ to its server keeps links to the
    // articles. Until SITE_URL is set there is none, and the links point at wherever the bundle is served from.
    `defineEmbed({ entry: ${JSON.stringify(entry)}, mount, css: [${shadowSheetFiles(widget).map((_, i) => `css${i}`).join(", ")}], siteUrl: ${site ? JSON.stringify(site) : 'new URL(/* @vite-ignore */ "/", import.meta.url).href'} });`,
  ].join("\n");
}

function embedEntries(site: string | undefined): Plugin {
  return {
    name: "sg-embed-entries",
    resolveId: (id) => (id.startsWith("sg-embed:") ? `\0${id}` : undefined),
    load: (id) => (id.startsWith(PREFIX) ? entryCode(id.slice(PREFIX.length), site) : undefined),
  };
}

/** Builds dist/embed/v1: loader.js, one module per widget, shared chunks and workers; `site` is the published address, if set. */
export async function buildEmbeds(outDir: string, site: string | undefined): Promise<void> {
  const input = Object.fromEntries([["loader", path.join(root, "src/embed/loader.ts")], ["iframe", path.join(root, "src/embed/iframe-page.ts")], ...EMBEDS.map((e) => [e.widget, `sg-embed:${e.widget}`])]);
  await build({
    configFile: false,
    root,
    logLevel: "warn",
    publicDir: false,
    // Its own cache: a dev server running beside the build keeps its pre-bundled dependencies.
    cacheDir: path.join(root, ".cache/vite-embed"),
    // Relative URLs, so that workers and chunks load from wherever the bundle is served (our site or a host's copy).
    base: "./",
    plugins: [embedEntries(site)],
    define: { __SG_WIDGETS__: JSON.stringify(EMBEDS.map((e) => e.widget)) },
    worker: { format: "es", rolldownOptions: { output: { entryFileNames: "chunks/[name]-[hash].js" } } },
    build: {
      outDir: path.join(outDir, EMBED_DIR),
      emptyOutDir: true,
      modulePreload: false,
      target: "es2022",
      rolldownOptions: {
        input,
        preserveEntrySignatures: "allow-extension",
        output: { entryFileNames: "[name].js", chunkFileNames: "chunks/[name]-[hash].js", assetFileNames: "assets/[name]-[hash][extname]" },
      },
    },
  });
}

/** Runs the embed build after Astro's, so `astro build` always ships the bundle the site's embed pages use. */
export function embedIntegration(): AstroIntegration {
  return {
    name: "sg-embeds",
    hooks: {
      "astro:build:done": async ({ dir }) => {
        await buildEmbeds(fileURLToPath(dir), SITE_CONFIG.siteUrl);
        writeStills(fileURLToPath(dir), root);
        writeShadowSheets(fileURLToPath(dir), root);
      },
    },
  };
}
