import path from "node:path";
import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";
import { BIBLIOGRAPHY_FILE } from "../markdown/bibliography.ts";

/** Module graphs of a Vite dev server: one per environment (client, ssr…), or the single graph of older servers. */
type Graph = { readonly idToModuleMap: Map<string, { readonly file: string | null }>; invalidateModule(module: never): void };

/** What the content check reads besides the article it checks, relative to the project root. */
const CHECKED = [BIBLIOGRAPHY_FILE, "content/articles", "src/grad", "src/widgets"];

/**
 * Astro integration for `astro dev`: an article's check (run as it renders) reads more than the article: the other
 * articles (links and anchors), content/references.yaml (citations), src/grad (numbers, setups) and the widgets'
 * manifests (their options). Vite recompiles an article only when the article or an import of it changes, so this
 * watches those files and, when one changes, drops every compiled article: the next request checks it afresh, and
 * the browser reloads, without restarting the server.
 */
export function watchCheckedFiles(): AstroIntegration {
  let root = "";
  return {
    name: "sg-watch-checked-files",
    hooks: {
      "astro:config:done": ({ config }) => {
        root = fileURLToPath(config.root);
      },
      "astro:server:setup": ({ server, logger }) => {
        const watched = CHECKED.map((p) => path.join(root, p));
        server.watcher.add(watched);
        const changed = (changedFile: string): void => {
          const file = path.resolve(changedFile);
          if (!watched.some((w) => file === w || file.startsWith(`${w}${path.sep}`))) return;
          // Of the widgets, the check reads only the manifests and their options; the rest is Vite's to reload.
          if (file.startsWith(path.join(root, "src/widgets")) && !/([/\\]widget|-options)\.ts$/.test(file)) return;
          const article = file.endsWith(".mdx");
          const environments = (server as unknown as { environments?: Record<string, { moduleGraph: Graph }> }).environments;
          const graphs: Graph[] = environments ? Object.values(environments).map((e) => e.moduleGraph) : [server.moduleGraph as unknown as Graph];
          for (const graph of graphs) {
            for (const module of graph.idToModuleMap.values()) if (module.file?.endsWith(".mdx") && module.file !== file) graph.invalidateModule(module as never);
          }
          // An edited article is Vite's to reload; the others are only rechecked when next requested.
          if (article) return;
          logger.info(`${path.relative(root, file)} changed: articles will be checked and rendered with it`);
          server.ws.send({ type: "full-reload" });
        };
        server.watcher.on("change", changed);
        server.watcher.on("add", changed);
        server.watcher.on("unlink", changed);
      },
    },
  };
}
