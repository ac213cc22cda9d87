import path from "node:path";
import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";
import { BIBLIOGRAPHY_FILE } from "./bibliography.ts";

/** Module graphs of a Vite dev server: one per environment (client, ssr…), or the single graph of older servers. */
type Graph = { readonly idToModuleMap: Map<string, { readonly file: string | null }>; invalidateModule(module: never): void };

/**
 * Astro integration for `astro dev`: articles read content/references.yaml as they render, but nothing imports it, so
 * Vite would not notice an edit. This watches it and, when it changes, drops every compiled article and reloads the
 * page, so a citation added to the file resolves without restarting the server.
 */
export function watchReferences(): AstroIntegration {
  let file = "";
  return {
    name: "sg-watch-references",
    hooks: {
      "astro:config:done": ({ config }) => {
        file = path.join(fileURLToPath(config.root), BIBLIOGRAPHY_FILE);
      },
      "astro:server:setup": ({ server, logger }) => {
        server.watcher.add(file);
        const changed = (changedFile: string): void => {
          if (path.resolve(changedFile) !== file) return;
          const environments = (server as unknown as { environments?: Record<string, { moduleGraph: Graph }> }).environments;
          const graphs: Graph[] = environments ? Object.values(environments).map((e) => e.moduleGraph) : [server.moduleGraph as unknown as Graph];
          for (const graph of graphs) {
            for (const module of graph.idToModuleMap.values()) if (module.file?.endsWith(".mdx")) graph.invalidateModule(module as never);
          }
          logger.info(`${BIBLIOGRAPHY_FILE} changed: articles will render with it`);
          server.ws.send({ type: "full-reload" });
        };
        server.watcher.on("change", changed);
        server.watcher.on("add", changed);
      },
    },
  };
}
