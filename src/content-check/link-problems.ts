import GithubSlugger from "github-slugger";
import type { Root } from "mdast";
import type { MdxJsxFlowElement, MdxJsxTextElement } from "mdast-util-mdx-jsx";
import { toString } from "mdast-util-to-string";
import { visit } from "unist-util-visit";
import type { ContentProblem } from "./content-problem.ts";

/** What internal links may point at: the site's pages, and for each article page the ids of its anchors. */
export interface SiteMap {
  readonly pages: ReadonlySet<string>;
  readonly anchors: ReadonlyMap<string, ReadonlySet<string>>;
}

/** The ids an article's headings get (GitHub-style slugs, as Astro makes them) plus explicit ids it declares. */
export function anchorsOf(tree: Root): Set<string> {
  const slugger = new GithubSlugger();
  const ids = new Set<string>();
  visit(tree, (node) => {
    if (node.type === "heading") ids.add(slugger.slug(toString(node)));
    if (node.type === "mdxJsxFlowElement" || node.type === "mdxJsxTextElement") {
      for (const a of (node as MdxJsxFlowElement | MdxJsxTextElement).attributes) {
        if (a.type === "mdxJsxAttribute" && a.name === "id" && typeof a.value === "string" && /^[a-z]/.test((node as MdxJsxFlowElement).name ?? "")) ids.add(a.value);
      }
    }
    const id = (node.data as { hProperties?: { id?: unknown } } | undefined)?.hProperties?.id;
    if (typeof id === "string") ids.add(id);
  });
  return ids;
}

/** Checks every internal link of an article (Markdown links and <a href>): the page exists and so does the anchor. */
export function linkProblems(tree: Root, file: string, page: string, site: SiteMap): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const check = (href: string, node: { position?: { start: { line: number; column: number } } | undefined }) => {
    if (!href.startsWith("/") && !href.startsWith("#")) return;
    const [target = "", anchor] = href.split("#") as [string, string | undefined];
    const where = { file, line: node.position?.start.line ?? 1, column: node.position?.start.column ?? 1, rule: "link" };
    const path = target === "" ? page : target;
    if (!site.pages.has(path)) {
      const slash = site.pages.has(`${path}/`) ? ` (pages end with a slash: ${path}/)` : "";
      problems.push({ ...where, message: `${href} points to no page of the site${slash}` });
      return;
    }
    const ids = site.anchors.get(path);
    if (anchor && ids && !ids.has(decodeURIComponent(anchor))) {
      const near = [...ids].filter((id) => id.startsWith(anchor.slice(0, 3))).slice(0, 5);
      problems.push({ ...where, message: `${href}: ${path} has no anchor "#${anchor}"${near.length ? `; did you mean ${near.map((n) => `#${n}`).join(", ")}?` : ""}` });
    }
  };
  visit(tree, (node) => {
    if (node.type === "link" || node.type === "definition") check(node.url, node);
    if (node.type === "mdxJsxFlowElement" || node.type === "mdxJsxTextElement") {
      for (const a of (node as MdxJsxFlowElement | MdxJsxTextElement).attributes) {
        if (a.type === "mdxJsxAttribute" && a.name === "href" && typeof a.value === "string") check(a.value, node);
      }
    }
  });
  return problems;
}
