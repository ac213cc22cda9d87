import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { widthQueriesToContainer } from "./container-css.ts";
import { EMBEDS } from "./embed-registry.ts";
import { shadowSheetPaths } from "./shadow-sheets.ts";

/**
 * Writes each widget's shadow-root stylesheets (what its element adopts, width queries on its column) as files, so
 * that a page can lay out the build's figure in a declarative shadow root exactly as the live element will (run after
 * the embed bundle's build, which empties dist/embed/v1).
 */
export function writeShadowSheets(dist: string, root: string): void {
  for (const { widget } of EMBEDS) {
    for (const [served, files] of shadowSheetPaths(widget)) {
      const file = path.join(dist, served);
      mkdirSync(path.dirname(file), { recursive: true });
      writeFileSync(file, files.map((f) => widthQueriesToContainer(readFileSync(path.join(root, f), "utf8"))).join("\n"));
    }
  }
}
