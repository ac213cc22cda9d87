import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";
import { EMBED_PATH } from "../embed/embed-path.ts";
import { contentSecurityPolicy } from "./content-security-policy.ts";
import { DECLARED_SCRIPTS } from "./declared-scripts.ts";
import { formatHeadersFile, type HeaderRule } from "./headers-file.ts";
import { pageScriptProblems } from "./page-script-problems.ts";
import { scriptHash } from "./script-hash.ts";

/**
 * The site's own pages, which no other site may frame: home, articles, the claims list, search, the embed guide and
 * the 404 page. The widget pages under /embed/<widget>/ are left out: they exist to be framed by anyone. A rule on /*
 * would reach them too, since hosts apply every matching rule and a browser enforces each policy it gets.
 */
export const OWN_PAGES: readonly string[] = ["/", "/index.html", "/articles/*", "/claims/*", "/search/*", "/embed/", "/embed/index.html", "/404.html"];

/** The site's response headers, allowing the declared inline scripts (by name: their hashes) and no others. */
export function siteHeaderRules(scripts: Readonly<Record<string, string>> = DECLARED_SCRIPTS): HeaderRule[] {
  return [
    {
      pattern: "/*",
      headers: {
        "Content-Security-Policy": contentSecurityPolicy(Object.values(scripts).map(scriptHash).sort()),
        "X-Content-Type-Options": "nosniff",
        "Referrer-Policy": "strict-origin-when-cross-origin",
      },
    },
    // A second policy on the site's own pages only; the host joins it to the first and the browser enforces both.
    ...OWN_PAGES.map((pattern) => ({ pattern, headers: { "Content-Security-Policy": "frame-ancestors 'self'" } })),
    // Other sites load the embed modules (and their workers) cross-origin, which module scripts allow only with CORS.
    { pattern: `${EMBED_PATH}/*`, headers: { "Access-Control-Allow-Origin": "*" } },
  ];
}

/** Checks every built page for scripts the layout does not declare; the message lists each with its file:line, or "" if none. */
export function undeclaredScriptsReport(outDir: string, pages: readonly string[], scripts: Readonly<Record<string, string>> = DECLARED_SCRIPTS): string {
  const declared = new Set(Object.values(scripts));
  const problems = pages.flatMap((f) => pageScriptProblems(readFileSync(path.join(outDir, f), "utf8"), path.join("dist", f), declared));
  if (problems.length === 0) return "";
  const shown = problems.slice(0, 20).map((p) => `${p.file}:${p.line}:${p.column}  script: ${p.message}`);
  const more = problems.length > shown.length ? [`… and ${problems.length - shown.length} more`] : [];
  return [
    `Build stopped: ${problems.length} script(s) in the built pages that the site does not declare (articles may not carry scripts or event handlers; the layout's own are listed in src/security/declared-scripts.ts).`,
    "",
    ...shown,
    ...more,
  ].join("\n");
}

/** Astro integration: after the build, refuses any undeclared inline script or handler in dist, then writes dist/_headers. */
export function headersIntegration(): AstroIntegration {
  return {
    name: "security-headers",
    hooks: {
      "astro:build:done": ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const pages = readdirSync(outDir, { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith(".html"));
        const report = undeclaredScriptsReport(outDir, pages);
        if (report !== "") {
          logger.error(report);
          // One message and no stack trace: the report already names every file and line.
          process.exit(1);
        }
        writeFileSync(path.join(outDir, "_headers"), formatHeadersFile(siteHeaderRules()));
        logger.info(`_headers written: ${Object.keys(DECLARED_SCRIPTS).length} declared inline script(s), none other across ${pages.length} pages`);
      },
    },
  };
}
