import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { EMBEDS } from "./embed-registry.ts";
import { stillPath } from "./still-path.ts";
import { stillSvg } from "./still-svg.ts";

/**
 * Writes each widget's still figure, taken from its built iframe page, to dist/embed/v1/still/<widget>.svg with the
 * stylesheets it is drawn with (run after the embed bundle's build, which empties dist/embed/v1).
 */
export function writeStills(dist: string, root: string): void {
  const chart = readFileSync(path.join(root, "src/styles/chart.css"), "utf8");
  for (const { widget } of EMBEDS) {
    const page = readFileSync(path.join(dist, "embed", widget, "index.html"), "utf8");
    const own = readFileSync(path.join(root, "src/widgets", widget, `${widget}.css`), "utf8");
    const file = path.join(dist, stillPath(widget));
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, stillSvg(page, [chart, own]));
  }
}
