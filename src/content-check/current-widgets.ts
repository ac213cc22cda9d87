import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { WidgetManifest } from "../widgets/define-widget.ts";
import { freshExports } from "./fresh-bundle.ts";

// Beside this module's folder when it runs from source; from a bundled chunk, under the project root the build runs in.
const beside = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../widgets");
const WIDGETS_DIR = existsSync(path.join(beside, "widget-registry.ts")) ? beside : path.resolve("src/widgets");

/**
 * The widget manifests as src/widgets holds them now (or those of another widgets folder): a manifest or an options
 * file edited while `astro dev` runs (a range widened) reaches the checks without a restart.
 */
export function currentWidgets(dir = WIDGETS_DIR): readonly WidgetManifest[] {
  return freshExports(path.join(dir, "widget-registry.ts"), [dir, path.join(dir, "../grad")])["WIDGETS"] as readonly WidgetManifest[];
}
