import type { Element, Root } from "hast";
import { visit } from "unist-util-visit";

/**
 * Rehype plugin, after rehype-katex: KaTeX writes width="50%" on the <mtd> cells it uses to place an equation
 * number (\tag), which HTML's MathML does not allow; the hidden MathML is for screen readers, so the width can go.
 */
export default function rehypeValidMathml() {
  return (tree: Root): void => {
    visit(tree, "element", (node: Element) => {
      if (node.tagName === "mtd") delete node.properties["width"];
    });
  };
}
