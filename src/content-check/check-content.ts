import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { Root } from "mdast";
import { formatProblem, isProblem } from "../claims/claim.ts";
import { checkClaims } from "../claims/check-claims.ts";
import { EvaluationBatch } from "../claims/evaluation-batch.ts";
import type { ContainedLimits } from "../claims/run-contained.ts";
import { checkFrontmatter } from "../claims/check-frontmatter.ts";
import { parseArticle } from "../claims/parse-article.ts";
import { EMBEDS } from "../embed/embed-registry.ts";
import { BIBLIOGRAPHY_FILE, loadBibliography, type Reference } from "../markdown/bibliography.ts";
import { analyseReferences, referenceAnchors } from "../markdown/remark-references.ts";
import { componentProblems, unknownComponentLabels } from "./component-problems.ts";
import type { ContentProblem } from "./content-problem.ts";
import { excerpt } from "./excerpt.ts";
import { expressionProblems } from "./expression-problems.ts";
import { frontmatterProblems } from "./frontmatter-problems.ts";
import { imageProblems } from "./image-problems.ts";
import { anchorsOf, linkProblems, type SiteMap } from "./link-problems.ts";
import { mathsProblems } from "./maths-problems.ts";
import { reservedSlugs } from "./reserved-slugs.ts";
import { scriptProblems } from "./script-problems.ts";
import { restatedInputProblems } from "./restated-input-problems.ts";
import { placeholderProblems } from "./placeholder-problems.ts";

/** What to check besides structure: numbers and samples (the slow part) and maths, which the build checks in its own pipeline. */
export interface CheckOptions {
  readonly numbers: boolean;
  /** The folder file names are reported relative to (the project root). */
  readonly root?: string;
  /** One article's path: every article is read (for slugs, links and anchors), but only this one is checked and reported. */
  readonly only?: string;
  /** The contained runner's limits; the checker's own LIMITS unless a test asks for shorter ones. */
  readonly limits?: ContainedLimits;
}

/** Longest accepted article, in characters (the longest of the site's own is under 20,000). */
export const MAX_ARTICLE = 512 * 1024;

/** The site's pages that are not articles, for internal links. */
const FIXED_PAGES = ["/", "/claims/", "/embed/", "/search/", "/rss.xml", ...EMBEDS.map((e) => `/embed/${e.widget}/`)];

interface Parsed {
  readonly file: string;
  readonly slug: string;
  readonly slugLine: number;
  readonly draft: boolean;
  readonly tree: Root | null;
  readonly frontmatter: Readonly<Record<string, unknown>>;
  readonly source: string;
}

/**
 * Checks every article in a folder: front matter, MDX syntax, duplicate slugs, components and widget options, undefined {names},
 * images, internal links and anchors, and (with `numbers`) every number, runnable sample and formula.
 * Returns every problem found, in file and line order; an empty list means the content is sound.
 */
export function checkContent(dir: string, options: CheckOptions): ContentProblem[] {
  const root = options.root ?? process.cwd();
  const problems: ContentProblem[] = [];
  const articles = readdirSync(dir)
    .filter((f) => f.endsWith(".mdx"))
    .sort()
    .map((f): Parsed => {
      const full = path.join(dir, f);
      const file = path.relative(root, full);
      const text = readFileSync(full, "utf8");
      problems.push(...frontmatterProblems(text, file), ...placeholderProblems(text, file));
      // Past that size nothing more is parsed: one message, at once, rather than minutes in the parsers and the preview images.
      if (text.length > MAX_ARTICLE) {
        problems.push({ file, line: 1, column: 1, rule: "size", message: `the article is ${text.length.toLocaleString("en")} characters long; at most ${MAX_ARTICLE.toLocaleString("en")}` });
        return { file, slug: f.replace(/\.mdx$/, ""), slugLine: 1, draft: true, tree: null, frontmatter: {}, source: "" };
      }
      // The byte-order mark is reported above; the rest of the checks read the article without it.
      const source = text.replace(/^\uFEFF/, "");
      let tree: Root | null = null;
      let frontmatter: Record<string, unknown> = {};
      try {
        ({ tree, frontmatter } = parseArticle(source));
      } catch (error) {
        problems.push(syntaxProblem(error, file));
      }
      const slugLine = source.split("\n").findIndex((l) => l.startsWith("slug:")) + 1;
      const slug = typeof frontmatter["slug"] === "string" ? frontmatter["slug"] : f.replace(/\.mdx$/, "");
      return { file, slug, slugLine: slugLine || 1, draft: frontmatter["draft"] === true, tree, frontmatter, source };
    });

  const seen = new Map<string, string>();
  const reserved = reservedSlugs(root);
  for (const a of articles) {
    const first = seen.get(a.slug);
    const taken = reserved.get(a.slug);
    if (taken) problems.push({ file: a.file, line: a.slugLine, column: 1, rule: "slug", message: `slug "${a.slug}" is taken by ${taken}: give the article another slug (or file name)` });
    else if (first) problems.push({ file: a.file, line: a.slugLine, column: 1, rule: "slug", message: `slug "${a.slug}" is already used by ${first}: two articles cannot share /articles/${a.slug}/` });
    else seen.set(a.slug, a.file);
  }

  let bibliography: ReadonlyMap<string, Reference> | null = null;
  try {
    bibliography = loadBibliography(root);
  } catch (error) {
    // loadBibliography says "content/references.yaml:line: what is wrong"; keep it as one problem among the others.
    const m = /^([^:]+):(\d+): ([\s\S]*)$/.exec((error as Error).message);
    problems.push({ file: m?.[1] ?? BIBLIOGRAPHY_FILE, line: Number(m?.[2] ?? 1), column: 1, rule: "reference", message: excerpt(m?.[3] ?? (error as Error).message, 300) });
  }
  const references = new Map(articles.filter((a) => a.tree).map((a) => [a, analyseReferences(a.tree!, bibliography ?? new Map())]));
  const published = articles.filter((a) => !a.draft && a.tree);
  const site: SiteMap = {
    pages: new Set([...FIXED_PAGES, ...published.flatMap((a) => [`/articles/${a.slug}/`, `/claims/${a.slug}/`])]),
    anchors: new Map(published.map((a) => [`/articles/${a.slug}/`, new Set([...anchorsOf(a.tree!), ...referenceAnchors(references.get(a)!)])])),
  };

  const only = options.only === undefined ? undefined : path.relative(root, path.resolve(root, options.only));
  for (const a of articles) {
    if (!a.tree || (only !== undefined && a.file !== only)) continue;
    // A cross-reference to the label of a misspelt component follows from the misspelling, which is reported on its own.
    const knockOns = [...unknownComponentLabels(a.tree)].map((label) => `#figure-${label}`);
    const cause = (p: { readonly message: string }) => !knockOns.some((anchor) => p.message.startsWith(`${anchor}:`) || p.message.startsWith(`${anchor} `));
    problems.push(...componentProblems(a.tree, a.file, root), ...scriptProblems(a.tree, a.file), ...expressionProblems(a.tree, a.file), ...imageProblems(a.tree, a.file), ...restatedInputProblems(a.tree, a.file), ...linkProblems(a.tree, a.file, `/articles/${a.slug}/`, site).filter(cause));
    // With no readable bibliography every citation would look unknown: its own problem is the one to report.
    if (bibliography) problems.push(...references.get(a)!.problems.filter(cause).map((p) => ({ file: a.file, ...p, rule: "reference" })));
    if (options.numbers) {
      const claims = [...checkFrontmatter(a.source, a.frontmatter, a.file), ...checkClaims(a.tree, a.file, new EvaluationBatch(options.limits))];
      for (const c of claims.filter(isProblem)) {
        problems.push({ file: c.file, line: c.line, column: c.column, rule: "number", message: formatProblem(c).replace(/^\S+\s+/, "") });
      }
      // After the claims check, which turns \num{…}{…} into the written number KaTeX will see.
      problems.push(...mathsProblems(a.tree, a.file));
    }
  }
  return problems
    // With `only`, the problems of the other articles are theirs to report; references.yaml's are everyone's.
    .filter((p) => only === undefined || p.file === only || !p.file.endsWith(".mdx"))
    .sort((p, q) => p.file.localeCompare(q.file) || p.line - q.line || p.column - q.column);
}

function syntaxProblem(error: unknown, file: string): ContentProblem {
  const e = error as { line?: number; column?: number; reason?: string; message?: string };
  const reason = e.reason ?? e.message ?? String(error);
  const hint = /closing tag|end of file|Expected a closing/i.test(reason) ? " (a JSX tag opened here is never closed: end it with /> or a matching </Tag>)" : "";
  return { file, line: e.line ?? 1, column: e.column ?? 1, rule: "MDX syntax", message: `${excerpt(reason, 300)}${hint}` };
}
