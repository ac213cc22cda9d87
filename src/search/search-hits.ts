import { HIGHLIGHT_PARAM } from "../scripts/search-highlight.ts";

/** The parts of one Pagefind result the search page reads. */
export interface PagefindHit {
  readonly url: string;
  readonly excerpt: string;
  readonly content: string;
  readonly locations: readonly number[];
  readonly meta: { readonly title?: string };
  readonly sub_results?: readonly { readonly url: string; readonly title: string; readonly excerpt: string; readonly locations: readonly number[] }[];
}

/** Where a result's link lands, the title of the section there (none for the page's top), and that section's excerpt. */
export interface Landing {
  readonly href: string;
  readonly section: string | undefined;
  readonly excerpt: string;
}

// Pagefind splits a page's text into words on white space; a location is an index into that list.
const WORDS = /[^\S\uFEFF]+/;

/** The query's words, lower-cased, without quotes or punctuation. */
export function queryTerms(query: string): string[] {
  return query
    .toLowerCase()
    .split(/\s+/)
    .map(bare)
    .filter((t) => t.length > 0);
}

/**
 * Whether a page really matches: Pagefind backs off an unknown word to its longest indexed prefix ("xyzzyqq" finds
 * every "x"), so each query word must share most of its letters with a word the page matched.
 */
export function matchesEveryTerm(hit: PagefindHit, terms: readonly string[]): boolean {
  const words = hit.content.split(WORDS);
  const matched = hit.locations.map((i) => bare(words[i] ?? "").toLowerCase());
  return terms.every((t) => matched.some((w) => commonPrefix(w, t) >= Math.min(t.length, Math.max(3, Math.ceil(0.6 * t.length)))));
}

/**
 * Where a result's link lands: the section holding most matches (its excerpt is the one shown), with the first word
 * matched there named in ?highlight= so the article marks it and scrolls to it.
 */
export function landing(hit: PagefindHit): Landing {
  const best = [...(hit.sub_results ?? [])].sort((a, b) => b.locations.length - a.locations.length)[0];
  const target = new URL(best?.url ?? hit.url, "https://site.invalid");
  const section = best && best.url !== hit.url && target.hash ? best.title : undefined;
  const excerpt = best?.excerpt ?? hit.excerpt;
  const first = best?.locations[0] ?? hit.locations[0];
  const word = first === undefined ? "" : bare(hit.content.split(WORDS)[first] ?? "");
  if (word) target.searchParams.set(HIGHLIGHT_PARAM, word);
  return { href: target.pathname + target.search + target.hash, section, excerpt };
}

function bare(word: string): string {
  return word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, "");
}

function commonPrefix(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}
