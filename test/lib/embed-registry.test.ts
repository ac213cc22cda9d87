import { existsSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { EMBEDS } from "../../src/embed/embed-registry.ts";
import { WIDGETS } from "../../src/widgets/widget-registry.ts";

const root = path.resolve(import.meta.dirname, "../..");

describe("the embed registry", () => {
  it("names, for every widget, its folder's mount module and stylesheet and an existing article", () => {
    const missing = EMBEDS.flatMap((e) =>
      [`src/widgets/${e.widget}/${e.widget}.ts`, `src/widgets/${e.widget}/${e.widget}.css`, `content/articles/${e.article}.mdx`].filter((f) => !existsSync(path.join(root, f))),
    );
    expect(missing).toEqual([]);
  });

  it("covers every widget the site hydrates: every live one", () => {
    expect(EMBEDS.map((e) => e.widget).sort()).toEqual(WIDGETS.filter((w) => w.live).map((w) => w.name).sort());
  });
});
