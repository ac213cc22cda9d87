import { readdirSync } from "node:fs";
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
  "sample-throws": { at: "sample-throws.mdx:11:", says: ["the sample threw: ReferenceError: undefinedValue is not defined"] },
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

describe("checkContent on the site's own articles", () => {
  // Every number and sample of every article is checked here: seconds of work, more on a busy machine.
  it("finds nothing wrong", { timeout: 60_000 }, () => {
    expect(checkContent(path.join(root, "content/articles"), { numbers: true, root })).toEqual([]);
  });

  it("leaves numbers and maths to the build when asked", () => {
    expect(checkContent(path.join(fixtures, "wrong-number"), { numbers: false, root })).toEqual([]);
  });
});
