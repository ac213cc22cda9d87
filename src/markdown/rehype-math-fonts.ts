import type { Element, Root } from "hast";
import { visit } from "unist-util-visit";
import type { VFile } from "vfile";
import { mathFontsFor } from "./math-fonts.ts";

/** Rehype plugin, after rehype-katex: records in the page's frontmatter (`mathFonts`) which KaTeX fonts its maths uses, for the layout to preload those and no others. */
export default function rehypeMathFonts() {
  return (tree: Root, file: VFile): void => {
    const lists: string[][] = [];
    visit(tree, "element", (node: Element) => {
      const classes = node.properties["className"];
      if (Array.isArray(classes)) lists.push(classes.map(String));
    });
    const astro = ((file.data as { astro?: { frontmatter?: Record<string, unknown> } }).astro ??= {});
    (astro.frontmatter ??= {})["mathFonts"] = mathFontsFor(lists);
  };
}
