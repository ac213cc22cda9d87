import { describe, expect, it } from "vitest";
import { bibtexFor, plainCitation } from "../../src/lib/cite-article.ts";

const article = { slug: "why-so-sigmoid", title: "Why {so} sigmoid?", date: new Date("2026-11-24"), url: "https://example.org/articles/why-so-sigmoid/", siteName: "Sigmoid, checked" };

describe("citing an article", () => {
  it("writes a BibTeX @online entry keyed by slug and year, with the title's own braces removed", () => {
    expect(bibtexFor(article)).toBe(
      [
        "@online{why_so_sigmoid_2026,",
        "  title        = {{Why so sigmoid?}},",
        "  organization = {Sigmoid, checked},",
        "  year         = {2026},",
        "  date         = {2026-11-24},",
        "  url          = {https://example.org/articles/why-so-sigmoid/},",
        "}",
      ].join("\n"),
    );
  });
  it("writes the same citation as one line of text", () => {
    expect(plainCitation(article)).toBe("Sigmoid, checked, “Why {so} sigmoid?”, 24 November 2026. https://example.org/articles/why-so-sigmoid/");
  });
  it("leaves the address out of both forms while the site's address is unset, rather than show one that points nowhere", () => {
    const local = { ...article, url: undefined };
    expect(bibtexFor(local)).not.toMatch(/url/);
    expect(bibtexFor(local).split("\n")).toHaveLength(6);
    expect(plainCitation(local)).toBe("Sigmoid, checked, “Why {so} sigmoid?”, 24 November 2026.");
  });
});
