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

// Words too common to tell sections apart: Pagefind matches them, but they neither rank a section nor get highlighted.
const STOP_WORDS = new Set(["a", "an", "and", "are", "as", "at", "be", "by", "does", "for", "from", "how", "in", "is", "it", "of", "on", "or", "the", "to", "what", "when", "why", "with"]);

/** True for a word too common to rank or highlight by ("the", "of", …). */
export function isStopWord(word: string): boolean {
  return STOP_WORDS.has(bare(word).toLowerCase());
}

/**
 * The query Pagefind is given: the reader's words without the common ones, so that its excerpts centre on the words
 * that matter; a quoted phrase, or a query of common words only, is passed as typed.
 */
export function searchQuery(query: string): string {
  if (query.includes('"')) return query;
  const kept = query.split(/\s+/).filter((w) => w !== "" && !isStopWord(w));
  return kept.length > 0 ? kept.join(" ") : query;
}

/**
 * How well some matched words answer the query: first how many of the query's distinct content words they hold
 * (a section with "derivative" and "sigmoid" beats one with "sigmoid" alone, however long), then how many matches.
 */
export function relevance(hit: PagefindHit, locations: readonly number[], terms: readonly string[]): number {
  const words = hit.content.split(WORDS);
  const matched = locations.map((i) => bare(words[i] ?? "").toLowerCase()).filter((w) => w !== "" && !isStopWord(w));
  const wanted = terms.filter((t) => !isStopWord(t));
  const held = wanted.filter((t) => matched.some((w) => w.startsWith(t) || t.startsWith(w))).length;
  return held * 1e6 + matched.length;
}

/** The section of a result that answers the query best, by relevance(); undefined when Pagefind gave no sections. */
function bestSection(hit: PagefindHit, terms: readonly string[]) {
  return [...(hit.sub_results ?? [])].sort((a, b) => relevance(hit, b.locations, terms) - relevance(hit, a.locations, terms))[0];
}

/** How well a whole result answers the query: the relevance of its best section (of the page, when it has none). */
export function hitRelevance(hit: PagefindHit, terms: readonly string[]): number {
  return relevance(hit, bestSection(hit, terms)?.locations ?? hit.locations, terms);
}

/**
 * Where a result's link lands: the section that answers the query best (its excerpt is the one shown), with the first
 * content word matched there named in ?highlight= so the article marks it and scrolls to it.
 */
export function landing(hit: PagefindHit, terms: readonly string[] = []): Landing {
  const best = bestSection(hit, terms);
  const target = new URL(best?.url ?? hit.url, "https://site.invalid");
  const section = best && best.url !== hit.url && target.hash ? best.title : undefined;
  const excerpt = best?.excerpt ?? hit.excerpt;
  const words = hit.content.split(WORDS);
  const locations = best?.locations ?? hit.locations;
  const first = locations.find((i) => !isStopWord(words[i] ?? "")) ?? locations[0];
  const word = first === undefined ? "" : bare(words[first] ?? "");
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
