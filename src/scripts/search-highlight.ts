/** The query parameter a search result adds to an article's address: the word it matched there. */
export const HIGHLIGHT_PARAM = "highlight";

/**
 * Lands a reader who followed a search result on the match: the first occurrence of the highlighted word at or after
 * the section in the address's #fragment is wrapped in <mark class="search-hit"> and scrolled to the middle of the window.
 * Returns the mark, or null when the address names no word or the word is not there.
 */
export function highlightSearchHit(doc: Document = document, href: string = location.href): HTMLElement | null {
  const url = new URL(href);
  const word = url.searchParams.get(HIGHLIGHT_PARAM)?.trim().toLowerCase();
  const prose = doc.querySelector<HTMLElement>(".prose");
  if (!word || !prose) return null;
  const start = url.hash ? doc.getElementById(decodeURIComponent(url.hash.slice(1))) : null;
  const walker = doc.createTreeWalker(prose, NodeFilter.SHOW_TEXT, {
    // Typeset maths and figures are not what search indexed; the match is in the prose around them.
    acceptNode: (n) => (n.parentElement?.closest(".katex, .widget") ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
  });
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    if (start && start.compareDocumentPosition(node) & Node.DOCUMENT_POSITION_PRECEDING && !start.contains(node)) continue;
    const at = wordStart(node.data.toLowerCase(), word);
    if (at < 0) continue;
    const hit = node.splitText(at);
    hit.splitText(word.length);
    const mark = doc.createElement("mark");
    mark.className = "search-hit";
    hit.replaceWith(mark);
    mark.append(hit);
    mark.scrollIntoView({ block: "center" });
    return mark;
  }
  return null;
}

// Where `word` begins a word of `text` (so "loss" finds "losses" but not "gloss"), or −1.
function wordStart(text: string, word: string): number {
  for (let i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) {
    if (i === 0 || !/[\p{L}\p{N}]/u.test(text[i - 1]!)) return i;
  }
  return -1;
}
