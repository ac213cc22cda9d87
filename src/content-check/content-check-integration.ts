import path from "node:path";
import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";
import { checkContent } from "./check-content.ts";
import { formatContentProblems } from "./content-problem.ts";

/**
 * Astro integration: before a build, runs the whole content check on every article (front matter, syntax, slugs,
 * components, widget options, images, links, citations, numbers, samples, maths) and stops with every problem listed,
 * as `npm run check:content` does; the renderer then meets no problem of its own, and answers the numbers from the
 * check's runs. In dev it only logs the structure's problems at start: each article is checked in full as it renders
 * (remark-content-check), so a half-written article does not stop the server.
 */
export function contentCheckIntegration(): AstroIntegration {
  return {
    name: "content-check",
    hooks: {
      "astro:config:setup": ({ command, config, logger }) => {
        if (command !== "build" && command !== "dev") return;
        const root = fileURLToPath(config.root);
        const problems = checkContent(path.join(root, "content/articles"), { numbers: command === "build", root });
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
