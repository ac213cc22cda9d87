import { parseFrontmatter } from "@astrojs/markdown-remark";
import type { Root } from "mdast";
import remarkGfm from "remark-gfm";
import remarkMath from "remark-math";
import remarkMdx from "remark-mdx";
import remarkParse from "remark-parse";
import { unified } from "unified";

// GFM as in the build (tables, footnotes, strikethrough), so numbers and links are found where the reader sees them.
const parser = unified().use(remarkParse).use(remarkMdx).use(remarkGfm).use(remarkMath);

/** An MDX article parsed the way the site's pipeline sees it: front matter apart, body as mdast with maths. */
export interface ParsedArticle {
  readonly frontmatter: Record<string, unknown>;
  readonly tree: Root;
}

/** Parses an MDX article without rendering it; the front matter is blanked, not cut, so lines keep their numbers. */
export function parseArticle(source: string): ParsedArticle {
  const { frontmatter, content } = parseFrontmatter(source, { frontmatter: "empty-with-spaces" });
  return { frontmatter, tree: parser.runSync(parser.parse(content)) as Root };
}
