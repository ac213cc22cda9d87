import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { freshExports } from "./fresh-bundle.ts";

// Beside this module's folder when it runs from source; from a bundled chunk, under the project root the build runs in.
const beside = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../grad");
const GRAD = existsSync(path.join(beside, "index.ts")) ? beside : path.resolve("src/grad");

/**
 * The gradient module's exports as src/grad holds them now: an article's setup edited while `astro dev` runs
 * (src/grad/article-setups.ts) reaches the checks without a restart.
 */
export function currentGrad(): Readonly<Record<string, unknown>> {
  return freshExports(path.join(GRAD, "index.ts"), [GRAD]);
}
