import { describe, expect, it } from "vitest";
import { EMBEDS } from "../../src/embed/embed-registry.ts";
import { widgetLoaders } from "../../src/widgets/hydrate.ts";

// An id that would close the attribute and open an element if it were written into the markup unescaped.
const HOSTILE = `x"><img src=x onerror="window.hacked=1"><p id="y`;

describe("a widget's id prefix is escaped wherever its markup writes it", () => {
  for (const { widget, prefix } of EMBEDS) {
    it(`${widget}: an id holding markup stays one attribute value`, async () => {
      const el = document.createElement("div");
      // mountWidget takes the id prefix from a static description element, as the build renders it.
      const desc = document.createElement("p");
      desc.className = `${prefix}-desc`;
      desc.id = `${HOSTILE}-desc`;
      el.append(desc);
      document.body.append(el);
      const mount = await widgetLoaders[widget]!();
      const w = mount(el, {}) as { destroy(): void };
      expect(el.querySelector("img")).toBeNull();
      expect(el.querySelector(`.${prefix}-svg`)?.getAttribute("aria-labelledby")).toBe(`${HOSTILE}-desc`);
      w.destroy();
      el.remove();
    });
  }
});
