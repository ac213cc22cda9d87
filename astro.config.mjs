// @ts-check
import mdx from "@astrojs/mdx";
import sitemap from "@astrojs/sitemap";
import { unified } from "@astrojs/markdown-remark";
import { fileURLToPath } from "node:url";
import { defineConfig } from "astro/config";
import rehypeKatex from "rehype-katex";
import remarkMath from "remark-math";
import { embedIntegration } from "./src/embed/embed-integration.ts";
import remarkClaims from "./src/claims/remark-claims.ts";
import { contentCheckIntegration } from "./src/content-check/content-check-integration.ts";
import remarkContentCheck from "./src/content-check/remark-content-check.ts";
import rehypeFocusableMaths from "./src/markdown/rehype-focusable-maths.ts";
import rehypeMathFonts from "./src/markdown/rehype-math-fonts.ts";
import rehypeKatexStrict from "./src/markdown/rehype-katex-strict.ts";
import remarkMathPositions from "./src/markdown/remark-math-positions.ts";
import rehypeValidMathml from "./src/markdown/rehype-valid-mathml.ts";
import { shikiSampleOutput } from "./src/markdown/shiki-sample-output.ts";
import remarkReferences from "./src/markdown/remark-references.ts";
import { watchCheckedFiles } from "./src/content-check/watch-checked-files.ts";
import { searchIntegration } from "./src/search/search-integration.ts";
import { headersIntegration } from "./src/security/headers-integration.ts";
import { LOCAL_SITE_URL, SITE_CONFIG } from "./src/lib/site.ts";
import { siteConfigIntegration } from "./src/lib/site-config-integration.ts";
import { KIT_CHUNK, widgetKitPreload } from "./src/widgets/widget-kit-preload.ts";

// `astro build` keeps its caches apart from a running `astro dev`: sharing them, each rewrites the other's pre-bundled
// dependencies and content store (dev then answers "504 Outdated Optimize Dep"). Both live in the project's own .cache,
// not node_modules: a copy of the project that links node_modules (the tests' and the bench's) would otherwise read and
// write this project's content store, from another build running at the same time.
const building = process.argv.includes("build");

const root = fileURLToPath(new URL(".", import.meta.url));
// The modules every widget's mount draws on (see `vite.build` below); hydrate.ts stays in the pages' own script.
const WIDGET_KIT = /[\\/](?:src[\\/]widgets[\\/](?:chart[\\/])?(?!hydrate\.ts)[a-z-]+\.ts|src[\\/]grad[\\/](?:activations|losses|rng|backprop-chain)\.ts|node_modules[\\/]d3-[a-z]+[\\/].*)$/;
// What the two in-page trainers (the gradient lab and the training race) share beyond it: the network, the rings, the
// region's lattice and painter, the presets and the article's setups. Split by who imports what, these were five
// chunks of under 4 KB each, and the lab fetched eight files to hydrate. The setups import the backprop chain, which the
// stepper uses too: it is in the widget kit (350 bytes), so that the stepper does not fetch and run this chunk for it.
const TRAINER_KIT = /[\\/]src[\\/](?:grad[\\/](?:mlp|lab-trainer|lab-presets|batch-gradients|decision-region|rings-dataset|region-grid|article-setups)\.ts|widgets[\\/]gradient-lab[\\/]region-(?:painter|shade)\.ts)$/;
// Each widget's own modules (its manifest, options, controls, drawing and mount) are one chunk, named after its folder:
// split by importer, a figure fetched its manifest, then the mount module that the manifest imports, each a module to
// fetch, compile and run, one after the other, while it hydrated. A module that only the live widget imports on demand
// (the race's in-page trainer, for a browser without workers) stays a chunk of its own.
const WIDGET_FOLDER = /[\\/]src[\\/]widgets[\\/](?!chart[\\/])([a-z-]+)[\\/][a-z-]+\.ts$/;
const MANIFEST = /[\\/]widget\.ts$/;
/** @type {(id: string, context: { getModuleInfo(id: string): { importers: readonly string[]; dynamicImporters: readonly string[] } | null }) => string | null} */
const widgetChunk = (id, context) => {
  const info = context.getModuleInfo(id);
  const onDemand = !MANIFEST.test(id) && info !== null && info.importers.length === 0 && info.dynamicImporters.some((importer) => !MANIFEST.test(importer));
  return onDemand ? null : (WIDGET_FOLDER.exec(id)?.[1] ?? null);
};
// The bundler's and Vite's small helpers, which the figures' page script and every widget chunk import: left out of the
// groups, they went into one widget's chunk, which every page with figures then fetched and ran on load.
const RUNTIME = /^\0vite[\\/]preload-helper|^rolldown:runtime$/;

// remark-math must run before the claims check, which reads and rewrites its maths nodes. In dev the whole content
// check of an article runs first of all, so that its report, not a later step's knock-on, is what the overlay shows.
export default defineConfig({
  // SITE_URL at build time (see README, Publishing); a local build stands in with the address npm start serves.
  site: SITE_CONFIG.siteUrl ?? LOCAL_SITE_URL,
  cacheDir: building ? "./.cache/astro-build" : "./.cache/astro",
  trailingSlash: "always",
  markdown: {
    shikiConfig: { themes: { light: "github-light", dark: "github-dark-high-contrast" }, transformers: [shikiSampleOutput] },
    processor: unified({
      remarkPlugins: [[remarkContentCheck, { root, enabled: !building }], remarkMath, remarkMathPositions, remarkClaims, [remarkReferences, { root }]],
      rehypePlugins: [[rehypeKatex, { strict: "error" }], rehypeKatexStrict, rehypeFocusableMaths, rehypeValidMathml, rehypeMathFonts],
    }),
  },
  // Scripts and fonts always as files: the Content-Security-Policy then needs no hash per script and no data: fonts.
  // Small stylesheets keep the default (inlined under 4 KB), which saves a render-blocking request.
  // The widgets' shared runtime (the chart layer, control and mount helpers, the d3 modules, the activations, losses and seeded random numbers, and the above) is one
  // chunk, fetched and cached with the first figure that hydrates: split by what each widget shares, it was a dozen
  // small modules per figure, and each module costs the main thread a fetch, a compile and an evaluation while it hydrates.
  vite: { cacheDir: building ? ".cache/vite-build" : ".cache/vite", build: { assetsInlineLimit: (file) => (file.endsWith(".css") ? undefined : false), rolldownOptions: { output: { codeSplitting: { groups: [{ name: "runtime", test: RUNTIME, priority: 3 }, { name: KIT_CHUNK, test: WIDGET_KIT, priority: 2 }, { name: "trainer-kit", test: TRAINER_KIT, priority: 1 }, { name: widgetChunk, test: WIDGET_FOLDER, priority: 0 }] } } } } },
  integrations: [siteConfigIntegration(), contentCheckIntegration(), mdx(), sitemap({ filter: (page) => !page.includes("/embed/") || page.endsWith("/embed/") }), embedIntegration(), widgetKitPreload(), watchCheckedFiles(), searchIntegration(), headersIntegration()],
});
