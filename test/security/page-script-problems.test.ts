import { describe, expect, it } from "vitest";
import { pageScriptProblems } from "../../src/security/page-script-problems.ts";

const declared = new Set(["applyTheme()"]);
const page = (body: string) => `<!doctype html>\n<html><head><script>applyTheme()</script></head>\n<body>\n${body}\n</body></html>`;

describe("pageScriptProblems(html, file, declared)", () => {
  it("accepts the declared inline scripts and scripts loaded by src", () => {
    expect(pageScriptProblems(page('<script type="module" src="/a.js"></script><p>text</p>'), "dist/a.html", declared)).toEqual([]);
  });
  it("refuses an inline script the layout does not declare, with its line", () => {
    expect(pageScriptProblems(page("<p>x</p>\n<script>alert(1)</script>"), "dist/a.html", declared)).toEqual([
      { file: "dist/a.html", line: 5, column: 1, message: 'an inline <script> the layout does not declare: "alert(1)"' },
    ]);
  });
  it("refuses a declared script's text with anything added, and a script inside SVG or a template", () => {
    const problems = pageScriptProblems(page('<script>applyTheme();alert(1)</script><svg><script>alert(2)</script></svg><template><script>alert(3)</script></template>'), "p", declared);
    expect(problems.map((p) => p.message)).toEqual([
      'an inline <script> the layout does not declare: "applyTheme();alert(1)"',
      'an inline <script> the layout does not declare: "alert(2)"',
      'an inline <script> the layout does not declare: "alert(3)"',
    ]);
  });
  it("refuses inline event handlers, known or not, in HTML and SVG", () => {
    const problems = pageScriptProblems(page('<img src="/a.png" alt="a" onerror="alert(1)"><svg onload="alert(2)"></svg><div onfoo="x"></div>'), "p", declared);
    expect(problems.map((p) => p.message)).toEqual([
      'an inline event handler onerror="alert(1)" on <img>',
      'an inline event handler onload="alert(2)" on <svg>',
      'an inline event handler onfoo="x" on <div>',
    ]);
  });
  it("refuses javascript: URLs, however they are cased or padded", () => {
    const problems = pageScriptProblems(page('<a href=" JavaScript:alert(1)">a</a><a href="java\tscript:alert(1)">b</a><a href="/ok/">c</a>'), "p", declared);
    expect(problems.map((p) => p.message)).toEqual(["a javascript: URL in href on <a>", "a javascript: URL in href on <a>"]);
  });
  it("refuses an iframe with a document of its own", () => {
    const problems = pageScriptProblems(page('<iframe srcdoc="&lt;script&gt;alert(1)&lt;/script&gt;"></iframe>'), "p", declared);
    expect(problems.map((p) => p.message)).toEqual(["an inline document (srcdoc) on <iframe>, whose scripts the build cannot see"]);
  });
  it("cuts a long script to a readable excerpt", () => {
    const [problem] = pageScriptProblems(page(`<script>${"x".repeat(100_000)}</script>`), "p", declared);
    expect(problem!.message.length).toBeLessThan(200);
  });
});
