import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { runInNewContext } from "node:vm";
import { buildSync } from "esbuild";

// Beside this module's folder when it runs from source; from a bundled chunk, under the project root the build runs in.
const beside = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../grad");
const GRAD = existsSync(path.join(beside, "index.ts")) ? beside : path.resolve("src/grad");

let loaded: { stamp: string; exports: Readonly<Record<string, unknown>> } | undefined;

/**
 * The gradient module's exports as src/grad holds them now. A long-running `astro dev` imported src/grad once, when it
 * loaded its config; an article's setup edited since (src/grad/article-setups.ts) must reach the checks without a
 * restart, so the module is bundled afresh whenever one of its files changes, and evaluated in a context of its own.
 */
export function currentGrad(): Readonly<Record<string, unknown>> {
  const stamp = readdirSync(GRAD)
    .filter((f) => f.endsWith(".ts"))
    .map((f) => `${f}:${statSync(path.join(GRAD, f)).mtimeMs}`)
    .join("|");
  if (loaded?.stamp !== stamp) {
    const bundle = buildSync({ entryPoints: [path.join(GRAD, "index.ts")], bundle: true, write: false, format: "iife", globalName: "grad", platform: "neutral", target: "es2022", logLevel: "silent" });
    const exports = runInNewContext(`${bundle.outputFiles[0]!.text}\ngrad;`) as Record<string, unknown>;
    loaded = { stamp, exports };
  }
  return loaded.exports;
}
