import type { Element, Root } from "hast";
import { EXIT, visit } from "unist-util-visit";

/** The first element under node, in document order, that passes test; undefined when none does. */
export function findElement(node: Root | Element, test: (e: Element) => boolean): Element | undefined {
  let found: Element | undefined;
  visit(node, "element", (e: Element) => {
    if (e === node || !test(e)) return undefined;
    found = e;
    return EXIT;
  });
  return found;
}
