import { readFileSync } from "node:fs";
import path from "node:path";
import { builtPages } from "./browser.ts";

const dist = path.resolve(import.meta.dirname, "../../dist");

/** The one article `npm run test:article -- <slug>` checks, or undefined for the whole suite. */
export const focusArticle: string | undefined = process.env["TEST_ARTICLE"] || undefined;

/** The slugs of the built articles, in file order. */
export function builtArticles(): string[] {
  return builtPages()
    .map((p) => /^\/articles\/([^/]+)\/$/.exec(p)?.[1])
    .filter((s): s is string => s !== undefined);
}

/** What an article page is built from: the widgets on it, and KaTeX maths, code blocks and tables if it has them. */
function featuresOf(slug: string): Set<string> {
  const html = readFileSync(path.join(dist, "articles", slug, "index.html"), "utf8");
  const features = new Set([...html.matchAll(/data-widget="([^"]+)"/g)].map((m) => `widget:${m[1]}`));
  if (html.includes('class="katex"')) features.add("maths");
  if (html.includes('<pre class="astro-code')) features.add("code");
  if (html.includes("<table")) features.add("table");
  return features;
}

/**
 * The articles on which the checks that are the same for every article run (the shell under its CSP, the
 * claims page's template): the fewest articles, chosen greedily, that between them show every widget, maths,
 * code block and table that any article shows. A new article made of known parts adds nothing to it.
 */
export function sampleArticles(slugs = builtArticles()): string[] {
  const features = new Map(slugs.map((s) => [s, featuresOf(s)]));
  const covered = new Set<string>();
  const sample: string[] = [];
  for (;;) {
    const gain = (s: string) => [...features.get(s)!].filter((f) => !covered.has(f)).length;
    const best = slugs.filter((s) => !sample.includes(s)).sort((a, b) => gain(b) - gain(a) || a.localeCompare(b))[0];
    if (best === undefined || gain(best) === 0) return sample.sort();
    sample.push(best);
    for (const f of features.get(best)!) covered.add(f);
  }
}

/**
 * What the rows of an article's claims page are made of: each element's tag and classes, each status, and each kind
 * of place a row's link goes to (the number, a section, a figure…). Colours, sizes and roles follow from these.
 */
function claimsFeaturesOf(slug: string): Set<string> {
  const html = readFileSync(path.join(dist, "claims", slug, "index.html"), "utf8");
  const features = new Set<string>();
  for (const [, row] of html.matchAll(/<tbody class="claim">([\s\S]*?)<\/tbody>/g)) {
    for (const [, tag, attributes] of row!.matchAll(/<([a-z][a-z0-9]*)\b([^>]*)>/g)) {
      features.add(tag!);
      for (const c of /\bclass="([^"]*)"/.exec(attributes!)?.[1]?.split(/\s+/) ?? []) features.add(`${tag}.${c}`);
      const target = /\bdata-target="([^\s"“]+)/.exec(attributes!)?.[1];
      if (target) features.add(`target:${target}`);
    }
    for (const [, status] of row!.matchAll(/<td>([a-z ]+)<\/td><\/tr>/g)) features.add(`status:${status}`);
  }
  return features;
}

/**
 * The articles whose claims pages a browser test visits: the claims pages are one template filled with rows, so the
 * fewest pages, chosen greedily (the shorter first where two add as much), that between them show every element,
 * class, status and kind of link that the rows of any claims page show. A new article's rows add nothing to it.
 */
export function sampleClaimsPages(slugs = builtArticles()): string[] {
  const features = new Map(slugs.map((s) => [s, claimsFeaturesOf(s)]));
  const size = (s: string) => readFileSync(path.join(dist, "claims", s, "index.html"), "utf8").length;
  const covered = new Set<string>();
  const sample: string[] = [];
  for (;;) {
    const gain = (s: string) => [...features.get(s)!].filter((f) => !covered.has(f)).length;
    const best = slugs.filter((s) => !sample.includes(s)).sort((a, b) => gain(b) - gain(a) || size(a) - size(b) || a.localeCompare(b))[0];
    if (best === undefined || gain(best) === 0) return sample.sort();
    sample.push(best);
    for (const f of features.get(best)!) covered.add(f);
  }
}

/**
 * The built pages a browser test visits: every page, except that the per-article claims pages (one template)
 * are visited for the sampled claims pages only; with TEST_ARTICLE set, only that article's page and claims page.
 */
export function pagesToVisit(): string[] {
  if (focusArticle) return [`/articles/${focusArticle}/`, `/claims/${focusArticle}/`].filter((p) => builtPages().includes(p));
  const sampled = new Set(sampleClaimsPages());
  return builtPages().filter((p) => {
    const claims = /^\/claims\/([^/]+)\/$/.exec(p)?.[1];
    return claims === undefined || sampled.has(claims);
  });
}

/** The articles whose own content a browser test checks: all of them, or the one TEST_ARTICLE names. */
export function articlesToVisit(): string[] {
  return focusArticle ? builtArticles().filter((s) => s === focusArticle) : builtArticles();
}
