import path from "node:path";
import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";
import { checkContent } from "./check-content.ts";
import { formatContentProblems } from "./content-problem.ts";

/**
 * Astro integration: before a build, checks the structure of every article (front matter, syntax, slugs, components,
 * widget options, images, links) and stops with every problem listed; numbers and maths are checked as pages render.
 * In dev it only logs, so a half-written article does not stop the server.
 */
export function contentCheckIntegration(): AstroIntegration {
  return {
    name: "content-check",
    hooks: {
      "astro:config:setup": ({ command, config, logger }) => {
        if (command !== "build" && command !== "dev") return;
        const root = fileURLToPath(config.root);
        const problems = checkContent(path.join(root, "content/articles"), { numbers: false, root });
        if (problems.length === 0) return;
        if (command === "dev") {
          logger.warn(formatContentProblems(problems));
          return;
        }
        logger.error(formatContentProblems(problems));
        // One message and no stack trace: the report already names every file and line, and the stack would be ours.
        process.exit(1);
      },
    },
  };
}
