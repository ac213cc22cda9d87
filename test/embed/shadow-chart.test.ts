import { describe, expect, it } from "vitest";
import { shadowChart } from "../../src/embed/shadow-chart.ts";

describe("shadowChart(figureHtml, prefix)", () => {
  const figure = `<figure class="widget" data-widget="softmax-bars"><div class="chart sm" data-options='{"s1":1}' data-widget="softmax-bars"><div class="widget-controls"><input type="range" disabled></div><svg role="img"><text>a &lt; b</text></svg><script type="module" src="/_astro/hydrate.js"></script></div><figcaption>Caption</figcaption></figure>`;

  it("returns the chart box the element adopts, with its options, without the island's marker, scripts or the caption", () => {
    const html = shadowChart(figure, "sm");
    expect(html).toMatch(/^<div class="chart sm" data-options="\{&#x22;s1&#x22;:1\}">/);
    expect(html).toContain("<svg");
    expect(html).toContain("a &#x3C; b");
    expect(html).not.toMatch(/data-widget|<script|figcaption/);
  });

  it("leaves out typeset maths that has its text twin (what a shadow root shows), and keeps maths that has none", () => {
    const maths = `<figure><div class="chart bp" data-options="{}"><p class="bp-formula"><span class="katex">typeset</span><span class="sg-maths-text">d = 1</span></p><p><span class="katex">alone</span></p></div></figure>`;
    const html = shadowChart(maths, "bp");
    expect(html).not.toContain("typeset");
    expect(html).toContain('<span class="sg-maths-text">d = 1</span>');
    expect(html).toContain('<span class="katex">alone</span>');
  });

  it("throws naming the class when the figure holds no chart box of that prefix with options", () => {
    expect(() => shadowChart(figure, "sx")).toThrow('no chart box of class "chart sx" with data-options');
    expect(() => shadowChart('<figure><div class="chart sm"></div></figure>', "sm")).toThrow("chart sm");
  });
});
