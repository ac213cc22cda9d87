import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { BIBLIOGRAPHY_FILE, formatReference, loadBibliography } from "../../src/markdown/bibliography.ts";
import { parseArticle } from "../../src/claims/parse-article.ts";
import { analyseReferences } from "../../src/markdown/remark-references.ts";
import { compileFixture } from "../helpers/compile-fixture.ts";

describe("remarkReferences on an article with citations, figures and equations", () => {
  it("numbers citations by first use, keeps locators, and links each to its entry and back", async () => {
    const js = String((await compileFixture("../references/cited.mdx")).value);
    expect(js).toMatch(/href: "#ref-goodfellow2016",\s*id: "cite-goodfellow2016-1",\s*className: "citation",\s*children: "\[1, p\. 196\]"/);
    expect(js).toMatch(/id: "cite-glorot2010-1"[\s\S]*?children: "\[2\]"/);
    expect(js).toMatch(/id: "cite-goodfellow2016-2"[\s\S]*?children: "\[1\]"/);
    expect(js).toContain('"References"');
    expect(js).toMatch(/id: "ref-goodfellow2016"/);
    expect(js).toMatch(/href: "#cite-glorot2010-1"/);
  });

  it("numbers every widget as a figure, anchors labelled ones, tags labelled equations and fills empty cross-references", async () => {
    const js = String((await compileFixture("../references/cited.mdx")).value);
    expect(js).toContain('caption: "Figure 1. First."');
    expect(js).toContain('caption: "Figure 2. Second."');
    expect(js).not.toMatch(/label: "second"/);
    expect(js).toMatch(/id: "figure-second"/);
    expect(js).toMatch(/id: "equation-sigmoid"/);
    expect(js).toContain("(1)");
    expect(js).toMatch(/href: "#figure-second",\s*children: "Figure 2"/);
    expect(js).toMatch(/href: "#equation-sigmoid",\s*children: "equation \(1\)"/);
    expect(js).toMatch(/href: "#figure-second",\s*children: "the curve"/);
  });

  it("gives the number alone when the text before the link already names the kind: never \"equation equation (1)\"", async () => {
    const js = String((await compileFixture("../references/cited.mdx")).value);
    expect(js).toMatch(/"As equation ",\s*_jsx\(_components\.a, \{\s*href: "#equation-sigmoid",\s*children: "\(1\)"/);
    expect(js).toMatch(/" shows, and as in figure ",\s*_jsx\(_components\.a, \{\s*href: "#figure-second",\s*children: "2"/);
    expect(js).not.toMatch(/equation equation|[Ff]igure Figure/);
  });
});

describe("widget element ids", () => {
  it("gives a second use of one widget its own id, so two figures never share element ids", async () => {
    const js = String((await compileFixture("../references/cited.mdx")).value);
    const uses = [...js.matchAll(/_jsx\(SigmoidExplorer, \{([^}]*)\}/g)].map((m) => /id: "([^"]+)"/.exec(m[1]!)?.[1]);
    expect(uses).toEqual([undefined, "sigmoid-explorer-2"]);
  });

  it("reports two widgets given the same id, at the second", () => {
    const { tree } = parseArticle('---\ntitle: "T"\n---\nimport SigmoidExplorer from "../../src/widgets/sigmoid-explorer/SigmoidExplorer.astro";\n\n<SigmoidExplorer id="x" />\n\n<SigmoidExplorer id="x" />\n');
    expect(analyseReferences(tree, new Map()).problems).toEqual([{ line: 8, column: 1, message: 'id="x" is given to two widgets: element ids must be unique in a page; change one' }]);
  });
});

describe("the bibliography file", () => {
  it("formats an entry with authors, year, title, venue and pages", () => {
    const glorot = loadBibliography(path.resolve(import.meta.dirname, "../..")).get("glorot2010")!;
    const { before, title, after } = formatReference(glorot);
    expect(before).toBe("Xavier Glorot and Yoshua Bengio (2010). ");
    expect(title).toMatch(/^Understanding the difficulty/);
    expect(after).toMatch(/, pages 249–256\.$/);
  });

  it("names the line and field of a malformed entry", () => {
    const root = mkdtempSync(path.join(tmpdir(), "bib-"));
    try {
      const file = path.join(root, BIBLIOGRAPHY_FILE);
      mkdirSync(path.dirname(file), { recursive: true });
      writeFileSync(file, "good:\n  authors: A. Author\n  title: A title\nbad:\n  authors: B. Author\n  title: Another\n  year: around 1990\n");
      expect(() => loadBibliography(root)).toThrow(`${BIBLIOGRAPHY_FILE}:7: entry "bad", field "year"`);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it("refuses a url that is not http(s): javascript:, data: and others would become live links", () => {
    const root = mkdtempSync(path.join(tmpdir(), "bib-"));
    try {
      const file = path.join(root, BIBLIOGRAPHY_FILE);
      mkdirSync(path.dirname(file), { recursive: true });
      for (const url of ["javascript:alert(1)", "data:text/html,<script>alert(1)</script>", "JavaScript://x.org/%0Aalert(1)", "ftp://x.org/a", "file:///etc/passwd"]) {
        writeFileSync(file, `ok:\n  authors: A. Author\n  title: A title\n  url: https://example.org/a\nbad:\n  authors: B. Author\n  title: Another\n  url: ${JSON.stringify(url)}\n`);
        expect(() => loadBibliography(root), url).toThrow(`${BIBLIOGRAPHY_FILE}:8: entry "bad", field "url": must be an absolute http:// or https:// address`);
      }
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});

describe("numbered equations in valid HTML", () => {
  it("keep KaTeX's number but drop the width attribute HTML's MathML does not allow", async () => {
    const js = String((await compileFixture("../references/cited.mdx")).value);
    expect(js).toContain('_jsx(_components.mtd, {');
    expect(js).not.toMatch(/_components\.mtd, \{\s*width:/);
  });
});
