import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { checkContent } from "../../src/content-check/check-content.ts";
import { SCAFFOLD_PLACEHOLDERS, scaffoldArticle, slugify } from "../../src/lib/scaffold-article.ts";

const root = path.resolve(import.meta.dirname, "../..");
let site = "";
afterEach(() => rmSync(site, { recursive: true, force: true }));

/** A throwaway site folder: an empty content/articles beside a link to the real src. */
function emptySite(): string {
  site = mkdtempSync(path.join(tmpdir(), "scaffold-"));
  mkdirSync(path.join(site, "content/articles"), { recursive: true });
  symlinkSync(path.join(root, "src"), path.join(site, "src"));
  return path.join(site, "content/articles");
}

describe("slugify", () => {
  it("keeps lower-case ASCII words joined by hyphens", () => {
    expect(slugify("Why tanh? A second look")).toBe("why-tanh-a-second-look");
    expect(slugify("  Élan & σ-ReLU  ")).toBe("elan-relu");
  });
});

describe("scaffoldArticle", () => {
  it("writes an article the content check passes once its placeholders are replaced, numbers and sample included", () => {
    const dir = emptySite();
    const file = scaffoldArticle("Why tanh?", dir, "2026-11-25");
    expect(path.basename(file)).toBe("why-tanh.mdx");
    const text = readFileSync(file, "utf8");
    for (const part of ["<Num of={", "\\num{", "```ts runnable", "<SigmoidExplorer"]) expect(text).toContain(part);
    const flagged = checkContent(dir, { numbers: true, root: site });
    expect(flagged.map((p) => [p.rule, p.line])).toEqual([
      ["placeholder", 3],
      ["placeholder", 6],
      ["placeholder", 7],
    ]);
    writeFileSync(
      file,
      text
        .replace(SCAFFOLD_PLACEHOLDERS.description, "Why tanh trains faster than the sigmoid.")
        .replace(SCAFFOLD_PLACEHOLDERS.sourceTitle, "Efficient BackProp")
        .replace(SCAFFOLD_PLACEHOLDERS.sourceUrl, "https://example.com/lecun-1998"),
    );
    expect(checkContent(dir, { numbers: true, root: site })).toEqual([]);
  });

  it("refuses a title holding a decimal, which front matter cannot bind, and writes nothing", () => {
    const dir = emptySite();
    expect(() => scaffoldArticle("Why sigmoid(0) is 0.5", dir, "2026-11-25")).toThrow(/A title cannot hold 0\.5/);
    expect(() => scaffoldArticle("A 93.75 % drop", dir, "2026-11-25")).toThrow(/93\.75 %/);
    expect(readdirSync(dir)).toEqual([]);
    expect(path.basename(scaffoldArticle("Five layers, 100 steps", dir, "2026-11-25"))).toBe("five-layers-100-steps.mdx");
  });

  it("refuses an existing slug and an empty title, saying why", () => {
    const dir = emptySite();
    scaffoldArticle("Why tanh?", dir, "2026-11-25");
    expect(() => scaffoldArticle("Why  tanh", dir, "2026-11-25")).toThrow(/why-tanh\.mdx already exists/);
    expect(() => scaffoldArticle("?!", dir, "2026-11-25")).toThrow(/at least three characters/);
  });

  it("refuses a title past the schema's maximum and one whose address the site already uses", () => {
    const dir = emptySite();
    expect(() => scaffoldArticle("A".repeat(10 * 1024 * 1024), dir, "2026-11-25")).toThrow(/at most 120 characters; this one has 10,485,760/);
    expect(() => scaffoldArticle("Site", dir, "2026-11-25")).toThrow(/\/articles\/site\/ would be taken by the site's own preview image \/og\/site\.png/);
    expect(() => scaffoldArticle("Search!", dir, "2026-11-25")).toThrow(/taken by the site's page \/search/);
  });
});
