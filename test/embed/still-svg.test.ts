import { describe, expect, it } from "vitest";
import { stillSvg } from "../../src/embed/still-svg.ts";

const page = `<!doctype html><html><body><main><svg class="icon" viewBox="0 0 8 8"><path d="M0 0h8"/></svg>
<sg-x data-embed-widget><figure><svg class="chart-svg small" viewBox="0 0 10 10" aria-hidden="true"><rect width="1" height="1"/></svg>
<svg class="chart-svg main" viewBox="0 0 640 380" role="img" aria-labelledby="desc" focusable="false"><g hidden><text x="1" y="2">σ &amp; 0.5 &lt; 1&nbsp;</text></g><circle r="2"></circle></svg>
<p id="desc">What it shows.</p></figure></sg-x></main></body></html>`;

describe("stillSvg(pageHtml, css)", () => {
  const svg = stillSvg(page, ["/* a comment with <markup> */ .main > text { fill: red; }"]);
  // Whether Chromium reads it as an image is test/e2e/embed-foreign.test.ts's (happy-dom's XML parser knows no CDATA).
  const root = /<svg ([^>]*)>/.exec(svg)![1]!;

  it("takes the embed's labelled chart, not an earlier unlabelled one nor one outside the widget", () => {
    expect(svg.match(/<svg /g)).toHaveLength(1);
    expect(root).toContain('class="chart-svg main"');
    expect(root).toContain('xmlns="http://www.w3.org/2000/svg"');
    expect(root).toContain('viewBox="0 0 640 380"');
  });

  it("writes well-formed XML: text escaped, boolean attributes given a value, empty elements closed", () => {
    expect(svg).toContain("σ &#x26; 0.5 &#x3C; 1\u00a0");
    expect(svg).toMatch(/<g hidden="">/);
    expect(svg).toMatch(/<circle r="2"\s*\/>|<circle r="2"><\/circle>/);
  });

  it("carries its stylesheet in CDATA without comments, and drops the label that pointed into the page", () => {
    expect(svg).toContain("<style><![CDATA[ .main > text { fill: red; }]]></style>");
    expect(svg).not.toContain("a comment");
    expect(svg).not.toMatch(/aria-labelledby|role=|focusable/);
  });
});
