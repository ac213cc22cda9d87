import { readFileSync } from "node:fs";
import GithubSlugger from "github-slugger";
import type { Heading, Nodes } from "mdast";
import { toString } from "mdast-util-to-string";
import { visit } from "unist-util-visit";
import type { Claim } from "../claims/claim.ts";
import { claimAnchor } from "../claims/claim-anchor.ts";
import { checkClaims } from "../claims/check-claims.ts";
import { parseArticle } from "../claims/parse-article.ts";

/** One number of an article as the claims page lists it: the claim, where in the article it links to, and its sentence. */
export interface ClaimRow {
  readonly claim: Claim;
  /** The number's own anchor (`#num-…`) for a <Num>; the section it stands in for a number in maths or code. */
  readonly hash: string;
  /** What the link leads to, in words: "the number" or "section “…”". */
  readonly target: string;
  /** The sentence around the number (the formula or code line for maths and code), at most MAX_SENTENCE characters. */
  readonly sentence: string;
}

/** The longest sentence a row shows, so that a row, and the page, stay of bounded size. */
export const MAX_SENTENCE = 240;

const BLOCKS = new Set(["paragraph", "heading", "tableCell", "math", "code"]);
const cache = new Map<string, ClaimRow[]>();

/** Every number of one article (file relative to the project root), with its link and sentence; computed once per build. */
export function claimRows(file: string): ClaimRow[] {
  let rows = cache.get(file);
  if (!rows) {
    rows = rowsOf(readFileSync(file, "utf8"), file);
    cache.set(file, rows);
  }
  return rows;
}

/** The rows of an article's source, named `file` in its claims. */
export function rowsOf(source: string, file: string): ClaimRow[] {
  const { tree } = parseArticle(source);
  const claims = checkClaims(tree, file);
  const lines = source.split("\n");
  // Heading ids as the site renders them (GitHub's slugs, in document order), and every block with a position.
  const slugger = new GithubSlugger();
  const headings: { line: number; id: string; text: string }[] = [];
  const blocks: Nodes[] = [];
  visit(tree, (node) => {
    if (node.type === "heading") headings.push({ line: node.position!.start.line, id: slugger.slug(toString(node as Heading)), text: toString(node) });
    if (BLOCKS.has(node.type) && node.position) blocks.push(node);
  });
  return claims.map((claim) => {
    const section = headings.filter((h) => h.line <= claim.line).at(-1);
    const own = claim.context === "prose";
    return {
      claim,
      hash: own ? `#${claimAnchor(claim)}` : section ? `#${section.id}` : "",
      target: own ? "the number" : section ? `section “${section.text}”` : "the start of the article",
      sentence: clip(own ? sentenceAround(claim, blocks) : (lines[claim.line - 1] ?? "").trim(), claim.written),
    };
  });
}

/** The sentence of the innermost block holding the claim that contains its written number (the block's text if none does). */
function sentenceAround(claim: Claim, blocks: Nodes[]): string {
  const inside = (n: Nodes) => {
    const { start, end } = n.position!;
    const after = claim.line > start.line || (claim.line === start.line && claim.column >= start.column);
    const before = claim.line < end.line || (claim.line === end.line && claim.column <= end.column);
    return after && before;
  };
  // visit() walks parents before children, so the last block holding the claim is the innermost one.
  const block = blocks.filter(inside).at(-1);
  if (!block) return claim.written;
  // Citation keys ([@key]) are not words a reader sees; the article shows a numbered link there.
  const text = toString(block).replace(/\s*\[@[^\]]*\]/g, "").replace(/\s+/g, " ").trim();
  const sentences = text.split(/(?<=[.!?])\s+(?=[A-Z“"(])/);
  return sentences.find((s) => s.includes(claim.written)) ?? text;
}

/** At most MAX_SENTENCE characters of a text, cut (and marked "…") around the written number so that it stays in. */
function clip(text: string, written: string): string {
  if (text.length <= MAX_SENTENCE) return text;
  const room = MAX_SENTENCE - 2;
  const at = Math.max(0, text.indexOf(written));
  const start = Math.min(Math.max(0, at - Math.floor((room - written.length) / 2)), text.length - room);
  return `${start > 0 ? "…" : ""}${text.slice(start, start + room)}${start + room < text.length ? "…" : ""}`;
}
