import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";

/** The chunk name of the modules every widget's mount draws on (astro.config.mjs groups them). */
export const KIT_CHUNK = "widget-kit";

/** The chunks that the page's head preloads: the kit and the bundler's runtime, which every figure's module imports, and the helpers that the figures' page script imports. */
const HEAD_CHUNKS = [KIT_CHUNK, "rolldown-runtime", "runtime"] as const;

/** The figures' page script (WidgetFigure.astro's), as a built page loads it. */
const FIGURES_SCRIPT = /<script type="module" src="[^"]*\/WidgetFigure\.astro_astro_type_script_[^"]*"/;

/**
 * Whether a built chunk is one the page itself fetches: the head's preloads (the kit, the helpers, and the trainers'
 * kit on a page whose figures import it), the figures' page script and the helpers it imports.
 */
const fetchedByPage = (file: string): boolean => /^(?:(?:widget-kit|trainer-kit|rolldown-runtime|runtime)\.|WidgetFigure\.astro_astro_type_script_)/.test(path.posix.basename(file));

/**
 * Which chunks Vite's helper preloads, with `<link rel=modulepreload>` elements made at run time, when a figure's
 * module is imported: not the imported chunk itself (its import fetches it), the kits and the bundler's runtime
 * (the page's head preloads them) or the page script and its helpers (loaded already). Only a chunk outside those
 * groups would be: each link made cost about 1 ms of the hydration's main thread at 4× CPU (the lab's and the race's,
 * for the trainers' kit, until their pages' heads preloaded it).
 */
export function figureDependencies(file: string, deps: readonly string[]): string[] {
  return deps.filter((dep) => dep !== file && !fetchedByPage(dep));
}

/** The chunks a built chunk imports statically (`import … from "./x.js"`, `import "./x.js"`), by file name; dynamic imports are not among them. */
export function staticImports(code: string): string[] {
  return [...new Set([...code.matchAll(/\b(?:from|import)\s*["']\.\/([\w.-]+\.js)["']/g)].map((m) => m[1]!))];
}

/** The widgets whose figures a built page shows, by name (its islands' data-widget). */
export function pageWidgets(html: string): string[] {
  return [...new Set([...html.matchAll(/\sdata-widget="([a-z0-9-]+)"/g)].map((m) => m[1]!))];
}

/** A built page with a `<link rel=modulepreload>` in its head for each of these chunks if it runs the figures' script (else unchanged). */
export function withKitPreload(html: string, chunks: readonly string[]): string {
  if (!FIGURES_SCRIPT.test(html) || chunks.some((href) => html.includes(`href="${href}"`))) return html;
  // crossorigin as Vite's own preload links have it: the figure's import then uses the preloaded module.
  return html.replace("</head>", `${chunks.map((href) => `<link rel="modulepreload" href="${href}" crossorigin>`).join("")}</head>`);
}

/**
 * Astro integration: Vite's preload helper preloads only what the page has not (figureDependencies), and every built
 * page with figures preloads the widget kit (and the bundler's runtime) from its head, so that they are fetched with
 * the page rather than after a figure's chunk, and a figure's hydration appends no link. Astro sets `build.modulePreload` over the
 * project's `vite.build`; a plugin's config hook is merged after it.
 */
export function widgetKitPreload(): AstroIntegration {
  let assets = "_astro";
  let base = "/";
  return {
    name: "widget-kit-preload",
    hooks: {
      "astro:config:setup": ({ updateConfig }) => {
        const resolveDependencies = (file: string, deps: string[]): string[] => figureDependencies(file, deps);
        updateConfig({ vite: { plugins: [{ name: "widget-kit-preload", config: () => ({ build: { modulePreload: { resolveDependencies } } }) }] } });
      },
      "astro:config:done": ({ config }) => {
        assets = config.build.assets;
        base = config.base.replace(/\/?$/, "/");
      },
      "astro:build:done": ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const files = readdirSync(path.join(outDir, assets));
        if (!files.some((f) => f.startsWith(`${KIT_CHUNK}.`))) throw new Error(`no ${KIT_CHUNK} chunk in the build's ${assets}/: astro.config.mjs no longer groups it`);
        const head = files.filter((f) => f.endsWith(".js") && HEAD_CHUNKS.some((name) => f.startsWith(`${name}.`)));
        const hrefs = head.map((f) => `${base}${assets}/${f}`);
        // Each figure's chunk (named after its folder) and what it imports beyond the head's chunks, followed to the end.
        const importsOf = (file: string): string[] => staticImports(readFileSync(path.join(outDir, assets, file), "utf8"));
        const beyondHead = (widget: string): string[] => {
          const found = new Set<string>();
          const chunk = files.find((f) => f.startsWith(`${widget}.`) && f.endsWith(".js"));
          const queue = chunk ? importsOf(chunk) : [];
          for (let f = queue.shift(); f !== undefined; f = queue.shift()) {
            if (head.includes(f) || found.has(f) || !files.includes(f)) continue;
            found.add(f);
            queue.push(...importsOf(f));
          }
          return [...found];
        };
        let count = 0;
        for (const file of readdirSync(outDir, { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith(".html"))) {
          const page = path.join(outDir, file);
          const html = readFileSync(page, "utf8");
          // A chunk that a figure's module imports (the trainers' kit) is fetched with the page, as the kit is: its
          // import then finds it preloaded, and Vite's helper adds no link while the figure hydrates.
          const extra = [...new Set(pageWidgets(html).flatMap(beyondHead))].map((f) => `${base}${assets}/${f}`);
          const out = withKitPreload(html, [...hrefs, ...extra]);
          if (out === html) continue;
          writeFileSync(page, out);
          count++;
        }
        logger.info(`${count} page(s) with figures preload ${hrefs.join(", ")}`);
      },
    },
  };
}
