import { readFileSync } from "node:fs";
import GithubSlugger from "github-slugger";
import type { Heading, Nodes, Parent } from "mdast";
import { toString } from "mdast-util-to-string";
import { visit } from "unist-util-visit";
import type { Claim } from "../claims/claim.ts";
import { claimAnchor } from "../claims/claim-anchor.ts";
import { checkClaims } from "../claims/check-claims.ts";
import { mathMacros } from "../claims/math-macros.ts";
import { parseArticle } from "../claims/parse-article.ts";

/** A piece of a row's sentence: plain text, maths (KaTeX source, macros already replaced by their written numbers) or code. */
export interface SentencePart {
  readonly kind: "text" | "math" | "code";
  readonly value: string;
}

/** One number of an article as the claims page lists it: the claim, where in the article it links to, and its sentence. */
export interface ClaimRow {
  readonly claim: Claim;
  /** The number's own anchor (`#num-…`) for a <Num>; the section it stands in for a number in maths or code. */
  readonly hash: string;
  /** What the link leads to, in words: "the number" or "section “…”". */
  readonly target: string;
  /** The sentence around the number as a reader sees it (the formula line for display maths, the line for code), at most MAX_SENTENCE characters. */
  readonly sentence: SentencePart[];
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
    const line = (lines[claim.line - 1] ?? "").trim();
    const sentence =
      claim.context === "code" ? [{ kind: "code" as const, value: line }]
      : claim.context === "math" && !inlineMathHolds(claim, blocks) ? [{ kind: "math" as const, value: formulaLine(line) }]
      : clip(sentenceAround(claim, blocks), claim.written);
    return {
      claim,
      hash: own ? `#${claimAnchor(claim)}` : section ? `#${section.id}` : "",
      target: own ? "the number" : section ? `section “${section.text}”` : "the start of the article",
      sentence,
    };
  });
}

// Private-use characters around maths in a flattened sentence, so that sentences are split in prose only.
const OPEN = "\uE000";
const CLOSE = "\uE001";

/** True when the claim stands in inline maths ($…$ inside a sentence) rather than in a display formula. */
function inlineMathHolds(claim: Claim, blocks: Nodes[]): boolean {
  return blocks.some((b) => b.type === "paragraph" && inside(claim, b)) && !blocks.some((b) => b.type === "math" && inside(claim, b));
}

// True when the claim's position lies within the node's.
function inside(claim: Claim, n: Nodes): boolean {
  const { start, end } = n.position!;
  const after = claim.line > start.line || (claim.line === start.line && claim.column >= start.column);
  const before = claim.line < end.line || (claim.line === end.line && claim.column <= end.column);
  return after && before;
}

/** A line of a display formula as KaTeX can set it on its own: macros replaced, alignment marks and line breaks dropped. */
function formulaLine(line: string): string {
  return mathMacros(line).rewritten.replace(/(?<!\\)&/g, " ").replace(/\\\\\s*$/, "").trim();
}

/** A block's text as a reader sees it, with its inline maths (macros replaced by their written numbers) between OPEN and CLOSE. */
function flatten(node: Nodes): string {
  if (node.type === "inlineMath") return `${OPEN}${mathMacros(node.value).rewritten}${CLOSE}`;
  if (node.type === "inlineCode") return node.value;
  if ("value" in node && typeof node.value === "string") return node.value;
  return "children" in node ? (node as Parent).children.map((c) => flatten(c as Nodes)).join("") : "";
}

/** The sentence of the innermost block holding the claim that contains its written number (the block's text if none does). */
function sentenceAround(claim: Claim, blocks: Nodes[]): string {
  // visit() walks parents before children, so the last block holding the claim is the innermost one.
  const block = blocks.filter((b) => inside(claim, b)).at(-1);
  if (!block) return claim.written;
  // Citation keys ([@key]) are not words a reader sees; the article shows a numbered link there.
  const text = flatten(block).replace(/\s*\[@[^\]]*\]/g, "").replace(/\s+/g, " ").trim();
  const sentences: string[] = [];
  for (const piece of text.split(new RegExp(`(?<=[.!?]${CLOSE}?)\\s+(?=[A-Z“"(${OPEN}])`))) {
    // A piece that starts inside a formula belongs to the sentence before it: splits happen in prose only.
    const previous = sentences.at(-1);
    if (previous !== undefined && previous.split(OPEN).length !== previous.split(CLOSE).length) sentences[sentences.length - 1] = `${previous} ${piece}`;
    else sentences.push(piece);
  }
  return sentences.find((t) => t.includes(claim.written)) ?? text;
}

/** At most MAX_SENTENCE characters of a sentence, as parts, cut (and marked "…") around the written number and never inside maths. */
function clip(text: string, written: string): SentencePart[] {
  let cut = text;
  if (text.length > MAX_SENTENCE) {
    const room = MAX_SENTENCE - 2;
    const at = Math.max(0, text.indexOf(written));
    let start = Math.min(Math.max(0, at - Math.floor((room - written.length) / 2)), text.length - room);
    let end = start + room;
    // A cut never falls inside maths: it moves to the formula's edge, outwards if the formula holds the number, inwards if not.
    const formulaAt = (i: number) => {
      const open = text.lastIndexOf(OPEN, i - 1);
      return open > text.lastIndexOf(CLOSE, i - 1) ? { open, close: text.indexOf(CLOSE, open) + 1 } : null;
    };
    const first = formulaAt(start);
    if (first && start > 0) start = at >= first.open && at < first.close ? first.open : first.close;
    const last = formulaAt(end);
    if (last && end < text.length) end = at >= last.open && at < last.close ? last.close : last.open;
    cut = `${start > 0 ? "…" : ""}${text.slice(start, end)}${end < text.length ? "…" : ""}`;
  }
  return cut.split(new RegExp(`(${OPEN}[^${CLOSE}]*${CLOSE})`)).filter((p) => p !== "").map((p) =>
    p.startsWith(OPEN) ? { kind: "math" as const, value: p.slice(1, -1) } : { kind: "text" as const, value: p },
  );
}
