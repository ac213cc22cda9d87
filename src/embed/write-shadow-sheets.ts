import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { widthQueriesToContainer } from "./container-css.ts";
import { EMBEDS } from "./embed-registry.ts";
import { shadowSheetFiles, shadowSheetPath } from "./shadow-sheets.ts";

/**
 * Writes each widget's shadow-root stylesheet (what its element adopts, width queries on its column) as one file, so
 * that a page can lay out the build's figure in a declarative shadow root exactly as the live element will (run after
 * the embed bundle's build, which empties dist/embed/v1).
 */
export function writeShadowSheets(dist: string, root: string): void {
  for (const { widget } of EMBEDS) {
    const css = shadowSheetFiles(widget).map((file) => widthQueriesToContainer(readFileSync(path.join(root, file), "utf8")));
    const file = path.join(dist, shadowSheetPath(widget));
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, css.join("\n"));
  }
}
