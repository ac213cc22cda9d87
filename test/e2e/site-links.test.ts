import { readFileSync } from "node:fs";
import path from "node:path";
import type { Element } from "hast";
import { fromHtml } from "hast-util-from-html";
import { visit } from "unist-util-visit";
import { describe, expect, it } from "vitest";
import { builtPages } from "./browser.ts";

const dist = path.resolve(import.meta.dirname, "../../dist");
const fileOf = (page: string) => path.join(dist, page.endsWith("/") ? `${page}index.html` : page);
const ATTRIBUTES = ["href", "src", "action", "poster"] as const;

/** Every element id of a built page, and every same-site link or resource it refers to (with the line it is on). */
function read(page: string): { ids: Set<string>; refs: { url: URL; line: number }[] } {
  const tree = fromHtml(readFileSync(fileOf(page), "utf8"));
  const ids = new Set<string>();
  const refs: { url: URL; line: number }[] = [];
  const base = new URL(page, "https://site.invalid");
  visit(tree, "element", (el: Element) => {
    if (typeof el.properties["id"] === "string") ids.add(el.properties["id"]);
    for (const name of ATTRIBUTES) {
      const value = el.properties[name];
      if (typeof value !== "string" || /^(mailto:|data:|javascript:)/.test(value)) continue;
      const url = new URL(value, base);
      if (url.origin === base.origin) refs.push({ url, line: el.position?.start.line ?? 0 });
    }
  });
  return { ids, refs };
}

describe("every internal link and anchor of the built site resolves", () => {
  const pages = builtPages();
  const parsed = new Map(pages.map((p) => [p, read(p)]));

  it("checks a site with links in it", () => {
    expect([...parsed.values()].reduce((n, p) => n + p.refs.length, 0)).toBeGreaterThan(100);
  });

  for (const page of pages) {
    it(page, () => {
      const broken: string[] = [];
      for (const { url, line } of parsed.get(page)!.refs) {
        const target = url.pathname;
        const html = parsed.get(target) ?? (target.endsWith("/") ? undefined : parsed.get(`${target}/`));
        let exists = html !== undefined;
        if (!exists) {
          try {
            readFileSync(path.join(dist, decodeURIComponent(target)));
            exists = true;
          } catch {
            exists = false;
          }
        }
        if (!exists) broken.push(`line ${line}: ${url.pathname} does not exist`);
        else if (url.hash && html && !html.ids.has(decodeURIComponent(url.hash.slice(1)))) broken.push(`line ${line}: ${url.pathname}${url.hash} has no such anchor`);
      }
      expect(broken).toEqual([]);
    });
  }
});
