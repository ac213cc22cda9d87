import { readdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";
import * as pagefind from "pagefind";

/**
 * What the index leaves out: typeset maths (its TeX source and its glyphs are runs of one-letter symbols that match
 * any query starting with that letter, and excerpts would show them garbled, "∂w∂L=N1n∑…"), the static pictures inside
 * widgets (axis ticks, not words), the byline (date, reading time) and the per-article navigation.
 */
export const SEARCH_EXCLUDE = [".katex", ".widget .chart", ".byline", ".toc", ".article-nav", ".cite-this"];

/** Astro integration: after the build, indexes the articles with Pagefind into dist/pagefind. */
export function searchIntegration(): AstroIntegration {
  return {
    name: "pagefind-search",
    hooks: {
      "astro:build:done": async ({ dir, logger }) => {
        const { index, errors } = await pagefind.createIndex({ excludeSelectors: SEARCH_EXCLUDE, forceLanguage: "en" });
        if (!index) throw new Error(`Pagefind could not start: ${errors.join("; ")}`);
        const outDir = fileURLToPath(dir);
        const added = await index.addDirectory({ path: outDir });
        if (added.errors.length > 0) throw new Error(`Pagefind could not index the site: ${added.errors.join("; ")}`);
        const written = await index.writeFiles({ outputPath: `${outDir}pagefind` });
        if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join("; ")}`);
        await pagefind.close();
        // Pagefind also writes its ready-made search interfaces; the site has its own page, so they would be dead weight.
        const output = path.join(outDir, "pagefind");
        for (const f of readdirSync(output).filter((f) => /-ui\.(js|css)$|^pagefind-highlight\.js$/.test(f))) rmSync(path.join(output, f));
        const entry = JSON.parse(readFileSync(path.join(output, "pagefind-entry.json"), "utf8")) as { languages: Record<string, { page_count: number }> };
        const indexed = Object.values(entry.languages).reduce((n, l) => n + l.page_count, 0);
        logger.info(`read ${added.page_count} pages, indexed the ${indexed} with an article body`);
      },
    },
  };
}
