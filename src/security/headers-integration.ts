import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";
import { EMBED_PATH } from "../embed/embed-path.ts";
import { contentSecurityPolicy } from "./content-security-policy.ts";
import { formatHeadersFile, type HeaderRule } from "./headers-file.ts";
import { inlineScriptHashes } from "./inline-script-hashes.ts";

/** The site's response headers, given the hashes of every inline script on its pages. */
export function siteHeaderRules(scriptHashes: readonly string[]): HeaderRule[] {
  return [
    {
      pattern: "/*",
      headers: {
        "Content-Security-Policy": contentSecurityPolicy(scriptHashes),
        "X-Content-Type-Options": "nosniff",
        "Referrer-Policy": "strict-origin-when-cross-origin",
      },
    },
    // Other sites load the embed modules (and their workers) cross-origin, which module scripts allow only with CORS.
    { pattern: `${EMBED_PATH}/*`, headers: { "Access-Control-Allow-Origin": "*" } },
  ];
}

/** Astro integration: after the build, hashes every inline script of every page and writes dist/_headers. */
export function headersIntegration(): AstroIntegration {
  return {
    name: "security-headers",
    hooks: {
      "astro:build:done": ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const pages = readdirSync(outDir, { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith(".html"));
        const hashes = [...new Set(pages.flatMap((f) => inlineScriptHashes(readFileSync(path.join(outDir, f), "utf8"))))].sort();
        writeFileSync(path.join(outDir, "_headers"), formatHeadersFile(siteHeaderRules(hashes)));
        logger.info(`_headers written: ${hashes.length} inline script hash(es) across ${pages.length} pages`);
      },
    },
  };
}
