import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { Root } from "mdast";
import { formatProblem, isProblem } from "../claims/claim.ts";
import { checkClaims } from "../claims/check-claims.ts";
import { checkFrontmatter } from "../claims/check-frontmatter.ts";
import { parseArticle } from "../claims/parse-article.ts";
import { EMBEDS } from "../embed/embed-registry.ts";
import { loadBibliography } from "../markdown/bibliography.ts";
import { analyseReferences, referenceAnchors } from "../markdown/remark-references.ts";
import { componentProblems } from "./component-problems.ts";
import type { ContentProblem } from "./content-problem.ts";
import { expressionProblems } from "./expression-problems.ts";
import { frontmatterProblems } from "./frontmatter-problems.ts";
import { imageProblems } from "./image-problems.ts";
import { anchorsOf, linkProblems, type SiteMap } from "./link-problems.ts";
import { mathsProblems } from "./maths-problems.ts";
import { placeholderProblems } from "./placeholder-problems.ts";

/** What to check besides structure: numbers and samples (the slow part) and maths, which the build checks in its own pipeline. */
export interface CheckOptions {
  readonly numbers: boolean;
  /** The folder file names are reported relative to (the project root). */
  readonly root?: string;
}

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
      const source = readFileSync(full, "utf8");
      problems.push(...frontmatterProblems(source, file), ...placeholderProblems(source, file));
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
  for (const a of articles) {
    const first = seen.get(a.slug);
    if (first) problems.push({ file: a.file, line: a.slugLine, column: 1, rule: "slug", message: `slug "${a.slug}" is already used by ${first}: two articles cannot share /articles/${a.slug}/` });
    else seen.set(a.slug, a.file);
  }

  const bibliography = loadBibliography(root);
  const references = new Map(articles.filter((a) => a.tree).map((a) => [a, analyseReferences(a.tree!, bibliography)]));
  const published = articles.filter((a) => !a.draft && a.tree);
  const site: SiteMap = {
    pages: new Set([...FIXED_PAGES, ...published.map((a) => `/articles/${a.slug}/`)]),
    anchors: new Map(published.map((a) => [`/articles/${a.slug}/`, new Set([...anchorsOf(a.tree!), ...referenceAnchors(references.get(a)!)])])),
  };

  for (const a of articles) {
    if (!a.tree) continue;
    problems.push(...componentProblems(a.tree, a.file, root), ...expressionProblems(a.tree, a.file), ...imageProblems(a.tree, a.file), ...linkProblems(a.tree, a.file, `/articles/${a.slug}/`, site));
    problems.push(...references.get(a)!.problems.map((p) => ({ file: a.file, ...p, rule: "reference" })));
    if (options.numbers) {
      const claims = [...checkFrontmatter(a.source, a.frontmatter, a.file), ...checkClaims(a.tree, a.file)];
      for (const c of claims.filter(isProblem)) {
        problems.push({ file: c.file, line: c.line, column: c.column, rule: "number", message: formatProblem(c).replace(/^\S+\s+/, "") });
      }
      // After the claims check, which turns \num{…}{…} into the written number KaTeX will see.
      problems.push(...mathsProblems(a.tree, a.file));
    }
  }
  return problems.sort((p, q) => p.file.localeCompare(q.file) || p.line - q.line || p.column - q.column);
}

function syntaxProblem(error: unknown, file: string): ContentProblem {
  const e = error as { line?: number; column?: number; reason?: string; message?: string };
  const reason = e.reason ?? e.message ?? String(error);
  const hint = /closing tag|end of file|Expected a closing/i.test(reason) ? " (a JSX tag opened here is never closed: end it with /> or a matching </Tag>)" : "";
  return { file, line: e.line ?? 1, column: e.column ?? 1, rule: "MDX syntax", message: `${reason}${hint}` };
}
