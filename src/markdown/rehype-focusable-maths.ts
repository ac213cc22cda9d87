import type { Element, Root } from "hast";
import { visit } from "unist-util-visit";

/** Rehype plugin, after rehype-katex: display maths can scroll sideways on a narrow screen, so make each block keyboard-focusable. */
export default function rehypeFocusableMaths() {
  return (tree: Root): void => {
    visit(tree, "element", (node: Element) => {
      const classes = node.properties["className"];
      if (Array.isArray(classes) && classes.includes("katex-display")) node.properties["tabIndex"] = 0;
    });
  };
}
