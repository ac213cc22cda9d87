import { describe, expect, it } from "vitest";
import { landing, matchesEveryTerm, queryTerms, type PagefindHit } from "../../src/search/search-hits.ts";

/** A hit on a page whose text is `content`, with Pagefind's locations at the words listed. */
function hit(content: string, matched: readonly string[], subResults: PagefindHit["sub_results"] = []): PagefindHit {
  const words = content.split(" ");
  const locations = words.flatMap((w, i) => (matched.includes(w.replace(/[.,]$/, "")) ? [i] : []));
  return { url: "/articles/a/", excerpt: "", content, locations, meta: { title: "A" }, sub_results: subResults };
}

describe("queryTerms(query)", () => {
  it("lower-cases the words and drops quotes and punctuation", () => {
    expect(queryTerms(' "Vanishing  gradient," ')).toEqual(["vanishing", "gradient"]);
  });
});

describe("matchesEveryTerm(hit, terms)", () => {
  const page = "take x and w then the vanishing gradients shrink.";
  it("drops a page found only through a backed-off prefix: a nonsense word that starts like a variable", () => {
    expect(matchesEveryTerm(hit(page, ["x"]), ["xyzzyqq"])).toBe(false);
    expect(matchesEveryTerm(hit(page, ["w"]), ["wxyz"])).toBe(false);
  });
  it("keeps stems, plurals and a word still being typed", () => {
    expect(matchesEveryTerm(hit(page, ["vanishing"]), ["vanish"])).toBe(true);
    expect(matchesEveryTerm(hit(page, ["gradients"]), ["gradient"])).toBe(true);
    expect(matchesEveryTerm(hit(page, ["gradients"]), ["gra"])).toBe(true);
    expect(matchesEveryTerm(hit(page, ["x"]), ["x"])).toBe(true);
  });
  it("needs every word of the query", () => {
    expect(matchesEveryTerm(hit(page, ["vanishing"]), ["vanishing", "sigmoid"])).toBe(false);
    expect(matchesEveryTerm(hit(page, ["vanishing", "gradients"]), ["vanishing", "gradients"])).toBe(true);
  });
});

describe("landing(hit)", () => {
  const content = "intro words. Section two has the vanishing gradient here.";
  it("opens the section with most matches and names the first word matched there", () => {
    const h = hit(content, ["vanishing"], [
      { url: "/articles/a/", title: "A", excerpt: "intro", locations: [] },
      { url: "/articles/a/#section-two", title: "Section two", excerpt: "the <mark>vanishing</mark> gradient", locations: [6] },
    ]);
    expect(landing(h)).toEqual({ href: "/articles/a/?highlight=vanishing#section-two", section: "Section two", excerpt: "the <mark>vanishing</mark> gradient" });
  });
  it("encodes the word and lands on the page when no section matched", () => {
    const h: PagefindHit = { url: "/articles/a/", excerpt: "a <mark>cross-entropy</mark> loss", content: "a cross-entropy loss", locations: [1], meta: {} };
    expect(landing(h)).toEqual({ href: "/articles/a/?highlight=cross-entropy", section: undefined, excerpt: "a <mark>cross-entropy</mark> loss" });
    const odd: PagefindHit = { ...h, content: "a “σ&x” loss" };
    expect(landing(odd).href).toBe("/articles/a/?highlight=%CF%83%26x");
  });
});
