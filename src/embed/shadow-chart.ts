import type { Element, Root } from "hast";
import { fromHtml } from "hast-util-from-html";
import { toHtml } from "hast-util-to-html";
import { findElement } from "./find-element.ts";
import { MATHS_TEXT } from "../widgets/maths-text.ts";

/**
 * The chart box an embed element adopts (`figure > .chart.<prefix>[data-options]`), as HTML, from a widget's figure as
 * its article component renders it: without the island's marker and scripts, which only the site's islands run, nor
 * the typeset copy of a formula that has its text twin.
 */
export function shadowChart(figureHtml: string, prefix: string): string {
  const tree = fromHtml(figureHtml, { fragment: true });
  const chart = findElement(tree, (e) => e.tagName === "div" && e.properties["dataOptions"] !== undefined && hasClass("chart")(e) && hasClass(prefix)(e));
  if (!chart) throw new Error(`the figure holds no chart box of class "chart ${prefix}" with data-options`);
  strip(chart);
  return toHtml(chart);
}

const isElement = (node: unknown, test: (e: Element) => boolean): node is Element => (node as Element | undefined)?.type === "element" && test(node as Element);
const hasClass = (name: string) => (e: Element) => ((e.properties["className"] as string[] | undefined) ?? []).includes(name);

function strip(node: Root | Element): void {
  if (node.type === "element") delete node.properties["dataWidget"];
  // A shadow root has no KaTeX stylesheet or fonts and shows each formula's text twin: the typeset copy is left out.
  const elements = node.children.filter((c): c is Element => c.type === "element");
  const twinned = (e: Element) => hasClass("katex")(e) && isElement(elements[elements.indexOf(e) + 1], hasClass(MATHS_TEXT));
  node.children = node.children.filter((c) => !isElement(c, (e) => e.tagName === "script" || twinned(e)));
  for (const child of node.children) if (child.type === "element") strip(child);
}
