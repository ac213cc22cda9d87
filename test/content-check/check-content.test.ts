import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { checkContent } from "../../src/content-check/check-content.ts";
import { formatContentProblems } from "../../src/content-check/content-problem.ts";

const root = path.resolve(import.meta.dirname, "../..");
const fixtures = path.join(root, "test/fixtures/bad-content");

/** Each bad-content fixture folder, where its first problem must be reported, and words the message must contain. */
const CASES: Record<string, { at: string; says: string[] }> = {
  "missing-field": { at: "missing-field.mdx:1:", says: ['"description" is missing'] },
  "wrong-type": { at: "wrong-type.mdx:7:", says: ['"order" is "first"', "expected number"] },
  "bad-date": { at: "bad-date.mdx:4:", says: ['"date" is "2026-13-45"', "YYYY-MM-DD"] },
  "bad-yaml": { at: "bad-yaml.mdx:2:", says: ["not valid YAML", "quote"] },
  "duplicate-slug": { at: "second.mdx:5:", says: ['slug "first" is already used by', "first.mdx"] },
  "katex-error": { at: "katex-error.mdx:12:", says: ["KaTeX cannot typeset this formula", "expected '}'"] },
  "unknown-component": { at: "unknown-component.mdx:12:", says: ["unknown component <SigmoidExplorr>", "import it"] },
  "unknown-widget-option": { at: "unknown-widget-option.mdx:13:", says: ['<SigmoidExplorer> has no option "weight"', "Allowed: w, b, x"] },
  "widget-option-out-of-range": { at: "widget-option-out-of-range.mdx:13:", says: ['option "w" = 99 is outside -10 to 10'] },
  "widget-option-dashed": { at: "widget-option-dashed.mdx:13:", says: ['<StepError> has no option "log-eps"; did you mean "logEps"?'] },
  "still-widget-option": { at: "still-widget-option.mdx:13:", says: ['<LstmCell> has no option "steps". Allowed: caption, id, label'] },
  "missing-import": { at: "missing-import.mdx:9:", says: ['cannot import "../../../../src/widgets/sigmoid-plot/SigmoidPlot.astro": no such file'] },
  "image-without-alt": { at: "image-without-alt.mdx:12:", says: ["![](/favicon.svg) has no alt text"] },
  "img-without-alt": { at: "img-without-alt.mdx:12:", says: ["<img> needs alt text"] },
  "broken-link": { at: "broken-link.mdx:10:", says: ["/articles/no-such-article/ points to no page of the site"] },
  "broken-anchor": { at: "broken-anchor.mdx:12:", says: ['has no anchor "#the-derivatives"', "did you mean #the-derivative?"] },
  "unclosed-jsx": { at: "unclosed-jsx.mdx:10:", says: ["Expected a closing tag for `<Num>`", "never closed"] },
  "wrong-number": { at: "wrong-number.mdx:10:", says: ["written:    0.19662", "expression: dsigmoid(1)", "the computed value rounds to 0.19661"] },
  "unbound-number": { at: "unbound-number.mdx:10:", says: ["unchecked number in prose", "written:    0.19661"] },
  "failing-sample": { at: "failing-sample.mdx:13:", says: ["written:    0.25", "expression: console.log(dsigmoid(1));"] },
  "unknown-citation": { at: "unknown-citation.mdx:10:", says: ["[@glorott2010] cites nothing in content/references.yaml", "did you mean glorot2010?"] },
  "unknown-cross-reference": { at: "unknown-cross-reference.mdx:14:", says: ["#equation-sigmiod refers to no equation of this article", "#equation-sigmoid"] },
  "undefined-expression": { at: "undefined-expression.mdx:10:", says: ['{expression} is read as JavaScript and nothing defines "expression"'] },
  "sample-throws": { at: "sample-throws.mdx:13:", says: ["the sample threw: ReferenceError: undefinedValue is not defined"] },
  "inline-script": { at: "inline-script.mdx:12:", says: ["script: articles may not carry <script> elements"] },
  "event-handler": { at: "event-handler.mdx:12:", says: ['<img> has an inline event handler "onError"'] },
  "script-in-expression": { at: "script-in-expression.mdx:12:", says: ["a <script> element inside a {…} expression"] },
  "javascript-link": { at: "javascript-link.mdx:10:", says: ["a javascript: link"] },
  "slug-collision": { at: "slug-collision.mdx:8:", says: ['slug "site" is taken by the site\'s own preview image /og/site.png'] },
  "slug-route": { at: "slug-route.mdx:8:", says: ['slug "search" is taken by the site\'s page /search'] },
  "impossible-date": { at: "impossible-date.mdx:4:", says: ['"date" is "2026-02-30": no such day in the calendar'] },
  "long-title": { at: "long-title.mdx:2:", says: ['"title" is "Fixture: long-title very', "characters)", "Too big: expected string to have <=120 characters"] },
  "alias-bomb": { at: "alias-bomb.mdx:9:", says: ["not usable YAML", "write the values out instead of repeating *aliases"] },
  "byte-order-mark": { at: "byte-order-mark.mdx:1:", says: ["byte-order mark (U+FEFF)", "save it as UTF-8 without a BOM"] },
  "javascript-url": { at: "javascript-url.mdx:7:", says: ['"basedOn.url" is "javascript:alert(document.cookie)": must be an absolute http:// or https:// address'] },
  "data-url": { at: "data-url.mdx:7:", says: ['"basedOn.url" is', "must be an absolute http:// or https:// address"] },
  "long-field": { at: "long-field.mdx:7:", says: ['"basedOn.posted" is "xxxxxxxx', "… (20,000 characters)\": Too big"] },
  "widget-id-markup": { at: "widget-id-markup.mdx:13:", says: ["<SigmoidExplorer> id is \"x\\\"><img src=x onerror=alert(1)><p id=\\\"y\"", "a letter then letters, digits or hyphens"] },
  "restated-input": { at: "restated-input.mdx:14:", says: ["<SigmoidExplorer> option w writes 2.5, which restates the input 2.5 written on line 12"] },
  "free-without-reason": { at: "free-without-reason.mdx:10:", says: ["a free number must say why it feeds no computation"] },
  "hidden-number": { at: "hidden-number.mdx:12:", says: ["a decimal comma", "in an image's alt text"] },
};

describe("checkContent on the bad-content fixtures", () => {
  it("has a case for every fixture folder, and at least fifteen", () => {
    expect(readdirSync(fixtures).sort()).toEqual(Object.keys(CASES).sort());
    expect(Object.keys(CASES).length).toBeGreaterThanOrEqual(15);
  });

  for (const [name, { at, says }] of Object.entries(CASES)) {
    it(`${name}: fails, naming the file and line`, () => {
      const problems = checkContent(path.join(fixtures, name), { numbers: true, root });
      expect(problems.length).toBeGreaterThan(0);
      const report = formatContentProblems(problems);
      expect(report).toContain(`test/fixtures/bad-content/${name}/${at}`);
      for (const words of says) expect(report).toContain(words);
    });
  }
});

describe("checkContent on hostile sizes", () => {
  it("refuses a 10 MB title at once, with one short message per problem and no echo of the field", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "huge-title-"));
    try {
      const title = "A".repeat(10 * 1024 * 1024);
      writeFileSync(path.join(dir, "huge.mdx"), `---\ntitle: "${title}"\ndescription: "A description long enough to pass."\ndate: 2026-11-24\nbasedOn:\n  title: "T"\norder: 1\n---\n\nText.\n`);
      const problems = checkContent(dir, { numbers: true, root: dir });
      expect(problems.map((p) => `${p.file}:${p.line} ${p.rule}`)).toEqual(["huge.mdx:1 size", "huge.mdx:2 front matter"]);
      expect(problems.every((p) => p.message.length < 200)).toBe(true);
      expect(problems[0]!.message).toContain("10,485,");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("checkContent with a hostile bibliography", () => {
  it("reports a javascript: url in content/references.yaml at its line, as one problem", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "bad-bib-"));
    try {
      mkdirSync(path.join(dir, "content/articles"), { recursive: true });
      writeFileSync(path.join(dir, "content/references.yaml"), 'a2020:\n  authors: A. Author\n  title: A title\n  url: "javascript:alert(1)"\n');
      const problems = checkContent(path.join(dir, "content/articles"), { numbers: false, root: dir });
      expect(problems).toEqual([
        { file: "content/references.yaml", line: 4, column: 1, rule: "reference", message: 'entry "a2020", field "url": must be an absolute http:// or https:// address' },
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("checkContent on the site's own articles", () => {
  // One contained child process per article: allow for a loaded machine.
  it("finds nothing wrong", () => {
    expect(checkContent(path.join(root, "content/articles"), { numbers: true, root })).toEqual([]);
  }, 180_000);

  it("leaves numbers and maths to the build when asked", () => {
    expect(checkContent(path.join(fixtures, "wrong-number"), { numbers: false, root })).toEqual([]);
  });
});
