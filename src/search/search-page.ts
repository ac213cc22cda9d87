import { hitRelevance, isStopWord, searchQuery, landing, matchesEveryTerm, queryTerms, type PagefindHit } from "./search-hits.ts";

/** The slice of Pagefind's browser API the search page uses. */
interface Pagefind {
  init(): Promise<void>;
  debouncedSearch(query: string, options?: object, ms?: number): Promise<{ results: { data(): Promise<PagefindHit> }[] } | null>;
}

// Results read in full before filtering; far more than the site has pages, so nothing real is cut.
const MAX_READ = 50;
const MAX_SHOWN = 20;

const PAGEFIND_URL = "/pagefind/pagefind.js";

/** Wires the search page: loads Pagefind (about 26 KB of script, then its index) only when the reader first searches, searches as the reader types, keeps ?q= in the URL, arrow keys move through hits. */
export function initSearch(doc: Document = document): void {
  const form = doc.querySelector<HTMLFormElement>("[data-search]");
  const input = doc.querySelector<HTMLInputElement>("#search-input");
  const status = doc.querySelector<HTMLElement>("[data-search-status]");
  const list = doc.querySelector<HTMLOListElement>("[data-search-results]");
  if (!form || !input || !status || !list) return;
  let loading: Promise<Pagefind> | null = null;
  const load = () => (loading ??= import(/* @vite-ignore */ PAGEFIND_URL).then(async (p: Pagefind) => (await p.init(), p)));

  const run = async (query: string) => {
    const url = new URL(location.href);
    if (query) url.searchParams.set("q", query);
    else url.searchParams.delete("q");
    history.replaceState(null, "", url);
    if (query.trim() === "") {
      list.replaceChildren();
      status.textContent = "";
      return;
    }
    let pagefind: Pagefind;
    try {
      pagefind = await load();
    } catch {
      status.textContent = "The search index is missing: it is written by npm run build, so search works on the built site, not in dev.";
      return;
    }
    const found = await pagefind.debouncedSearch(searchQuery(query), {}, 150);
    // A newer keystroke superseded this search.
    if (found === null || input.value !== query) return;
    const terms = queryTerms(searchQuery(query));
    const read = await Promise.all(found.results.slice(0, MAX_READ).map((r) => r.data()));
    // Pages that hold more of the query's content words come first; Pagefind's order breaks ties (the sort is stable).
    const hits = read.filter((hit) => matchesEveryTerm(hit, terms)).sort((a, b) => hitRelevance(b, terms) - hitRelevance(a, terms));
    list.replaceChildren(...hits.slice(0, MAX_SHOWN).map((hit) => resultItem(doc, hit, terms)));
    const n = hits.length;
    status.textContent = n === 0 ? `Nothing found for “${query}”.` : `${n} ${n === 1 ? "page matches" : "pages match"} “${query}”${n > MAX_SHOWN ? `; the first ${MAX_SHOWN} are shown` : ""}.`;
  };

  form.addEventListener("submit", (e) => {
    e.preventDefault();
    void run(input.value);
  });
  input.addEventListener("input", () => void run(input.value));
  doc.addEventListener("keydown", (e) => moveFocus(e, doc, input, list));
  const initial = new URL(location.href).searchParams.get("q") ?? "";
  if (initial) {
    input.value = initial;
    void run(initial);
  }
  input.focus();
}

function moveFocus(e: KeyboardEvent, doc: Document, input: HTMLInputElement, list: HTMLOListElement): void {
  const links = [...list.querySelectorAll<HTMLAnchorElement>("a")];
  const here = links.indexOf(doc.activeElement as HTMLAnchorElement);
  const typing = doc.activeElement instanceof HTMLInputElement || doc.activeElement instanceof HTMLTextAreaElement;
  if (e.key === "/" && !typing) {
    e.preventDefault();
    input.focus();
    input.select();
  } else if (e.key === "ArrowDown" && (doc.activeElement === input || here >= 0) && links.length > 0) {
    e.preventDefault();
    links[Math.min(here + 1, links.length - 1)]!.focus();
  } else if (e.key === "ArrowUp" && here >= 0) {
    e.preventDefault();
    (here === 0 ? input : links[here - 1]!).focus();
  }
}

/** One result: the page title (and the section that matches best) as a link that lands on the match, then the excerpt with the matched words marked (only text and <mark> are kept; "the" and the like are not marked). */
function resultItem(doc: Document, hit: PagefindHit, terms: readonly string[]): HTMLLIElement {
  const li = doc.createElement("li");
  const a = doc.createElement("a");
  const { href, section, excerpt } = landing(hit, terms);
  a.href = href;
  a.textContent = hit.meta.title ?? hit.url;
  li.append(a);
  if (section) {
    const where = doc.createElement("span");
    where.className = "search-section";
    where.textContent = ` › ${section}`;
    li.append(where);
  }
  const p = doc.createElement("p");
  const parsed = new DOMParser().parseFromString(excerpt, "text/html");
  for (const node of parsed.body.childNodes) {
    if (node.nodeName === "MARK" && !isStopWord(node.textContent ?? "")) {
      const mark = doc.createElement("mark");
      mark.textContent = node.textContent;
      p.append(mark);
    } else {
      p.append(doc.createTextNode(node.textContent ?? ""));
    }
  }
  li.append(p);
  return li;
}
