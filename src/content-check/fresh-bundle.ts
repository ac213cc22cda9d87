import { readdirSync, statSync } from "node:fs";
import path from "node:path";
import { runInNewContext } from "node:vm";
import { buildSync } from "esbuild";

const loaded = new Map<string, { stamp: string; exports: Readonly<Record<string, unknown>> }>();

/** Every .ts file under some folders with its modification time, as one string that changes when any of them does. */
function stampOf(dirs: readonly string[]): string {
  return dirs
    .flatMap((dir) => readdirSync(dir, { withFileTypes: true, recursive: true }))
    .filter((e) => e.isFile() && e.name.endsWith(".ts"))
    .map((e) => `${path.join(e.parentPath, e.name)}:${statSync(path.join(e.parentPath, e.name)).mtimeMs}`)
    .join("|");
}

/**
 * A module's exports as its sources hold them now: bundled afresh (with what it imports) whenever a .ts file under the
 * watched folders changes, and evaluated in a context of its own. A long-running `astro dev` imported the project's
 * modules once, when it loaded its config; what the checks read from them must follow an author's edits.
 */
export function freshExports(entry: string, watched: readonly string[]): Readonly<Record<string, unknown>> {
  const stamp = stampOf(watched);
  const known = loaded.get(entry);
  if (known?.stamp === stamp) return known.exports;
  const bundle = buildSync({
    entryPoints: [entry],
    bundle: true,
    write: false,
    format: "iife",
    globalName: "fresh",
    platform: "neutral",
    target: "es2022",
    logLevel: "silent",
    // Code the checks never run (a widget's live mount) is bundled too; a stylesheet it imports is nothing to them.
    loader: { ".css": "empty" },
  });
  const exports = runInNewContext(`${bundle.outputFiles[0]!.text}\nfresh;`) as Record<string, unknown>;
  loaded.set(entry, { stamp, exports });
  return exports;
}
