import { describe, expect, it } from "vitest";
import { hitRelevance, isStopWord, landing, searchQuery, matchesEveryTerm, queryTerms, type PagefindHit } from "../../src/search/search-hits.ts";

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

describe("ranking by the query's content words", () => {
  // Words 0–9: a long section full of "the" and "of" with one "sigmoid"; words 10–14: a short one with both content words.
  const content = "the gates of the sigmoid the cell of the state. The derivative of the sigmoid";
  const terms = queryTerms("derivative of the sigmoid");
  const long = { url: "/articles/a/#gates", title: "Gates", excerpt: "gates", locations: [0, 2, 3, 4, 5, 7, 8] };
  const short = { url: "/articles/a/#derivative", title: "The derivative", excerpt: "derivative", locations: [10, 11, 12, 13, 14] };

  it("searches for the content words only, unless the reader quoted a phrase or typed common words alone", () => {
    expect(searchQuery("Derivative of the sigmoid")).toBe("Derivative sigmoid");
    expect(searchQuery('"derivative of the sigmoid"')).toBe('"derivative of the sigmoid"');
    expect(searchQuery("the of")).toBe("the of");
  });
  it("knows the common words that neither rank nor get highlighted", () => {
    expect(["the", "Of", "(and", "why"].every(isStopWord)).toBe(true);
    expect(["sigmoid", "derivative", "x"].some(isStopWord)).toBe(false);
  });
  it("lands on the section holding more of the query's content words, not the one with more matches, and highlights a content word", () => {
    const h = hit(content, [], [long, short]);
    expect(landing(h, terms)).toEqual({ href: "/articles/a/?highlight=derivative#derivative", section: "The derivative", excerpt: "derivative" });
  });
  it("ranks a page whose best section holds every content word above a page with more matches of one", () => {
    const both = hit(content, [], [short]);
    const one = hit(content, [], [long]);
    expect(hitRelevance(both, terms)).toBeGreaterThan(hitRelevance(one, terms));
  });
});
