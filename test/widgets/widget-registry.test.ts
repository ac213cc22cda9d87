import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { EMBEDS } from "../../src/embed/embed-registry.ts";
import { widgetFiles, wrapperSource } from "../../src/lib/scaffold-widget.ts";
import { widgetLoaders } from "../../src/widgets/hydrate.ts";
import { WIDGETS } from "../../src/widgets/widget-registry.ts";

const root = path.resolve(import.meta.dirname, "../..");
const widgets = path.join(root, "src/widgets");
/** Folders under src/widgets that hold a widget: all but the shared chart layer. */
const folders = readdirSync(widgets).filter((d) => statSync(path.join(widgets, d)).isDirectory() && d !== "chart").sort();

describe("the widget registry", () => {
  it("lists every widget folder once, each manifest named after its folder", () => {
    expect(WIDGETS.map((w) => w.name).sort()).toEqual(folders);
    for (const name of folders) {
      const declared = /name: "([^"]+)"/.exec(readFileSync(path.join(widgets, name, "widget.ts"), "utf8"))?.[1];
      expect(declared, `src/widgets/${name}/widget.ts`).toBe(name);
    }
  });

  it("gives every widget the same files: manifest, figure, component, stylesheet, and a mount if it is live", () => {
    // Beside these a folder holds its own drawing files (geometry, markup, workers), named after what they export.
    const missing = WIDGETS.flatMap((w) => widgetFiles(w.name, !!w.live).filter((f) => !existsSync(path.join(widgets, w.name, f))).map((f) => `${w.name}/${f}`));
    expect(missing).toEqual([]);
  });

  it("gives every widget a test folder under test/widgets", () => {
    expect(WIDGETS.filter((w) => !existsSync(path.join(root, "test/widgets", w.name))).map((w) => w.name)).toEqual([]);
  });

  it("keeps every component the bare island the scaffold writes: nothing about a widget is declared there", () => {
    for (const w of WIDGETS) expect(readFileSync(path.join(widgets, w.name, `${w.component}.astro`), "utf8"), w.component).toBe(wrapperSource(w.name));
  });

  it("uses each class prefix once", () => {
    const prefixes = WIDGETS.map((w) => w.prefix);
    expect(new Set(prefixes).size).toBe(prefixes.length);
  });

  it("derives the hydration table and the embeds from the manifests, and no other list", async () => {
    const live = WIDGETS.filter((w) => w.live).map((w) => w.name);
    expect(Object.keys(widgetLoaders).sort()).toEqual(WIDGETS.map((w) => w.name).sort());
    await expect(widgetLoaders["lstm-cell"]!()).rejects.toThrow("lstm-cell is a still figure");
    expect(EMBEDS.map((e) => e.widget)).toEqual(live);
    expect(EMBEDS.map((e) => e.specs)).toEqual(WIDGETS.filter((w) => w.live).map((w) => w.options));
  });

  // Some figures train a network or typeset formulas at build time: each gets its own time.
  it.each(WIDGETS.map((w) => [w.name, w] as const))("%s: draws its figure from its defaults into SVG under its own class prefix", async (name, w) => {
    const { figure } = (await import(`../../src/widgets/${name}/figure.ts`)) as { figure: (o: unknown, id: string) => string };
    expect(figure(w.validate({}), w.id)).toMatch(new RegExp(`<svg class="[^"]*\\b${w.prefix}-`));
  }, 30_000);
});
