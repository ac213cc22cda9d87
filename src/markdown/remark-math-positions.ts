import type { Root } from "mdast";
import { visit } from "unist-util-visit";

/**
 * Remark plugin, after remark-math: gives the element a formula becomes (remark-math builds `<pre><code>` for display
 * maths from data, with no position) the formula's place in the article, so that a formula KaTeX cannot render is
 * reported at the article's line rather than at no line ("mdx:?:?").
 */
export default function remarkMathPositions() {
  return (tree: Root): void => {
    visit(tree, (node) => node.type === "math" || node.type === "inlineMath", (node) => {
      const data = node.data as { hChildren?: { type: string; position?: unknown }[] } | undefined;
      for (const child of data?.hChildren ?? []) if (child.type === "element" && !child.position) child.position = node.position;
    });
  };
}
