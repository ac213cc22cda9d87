import type { Element, Root } from "hast";
import { fromHtml } from "hast-util-from-html";
import { toHtml } from "hast-util-to-html";

/**
 * The chart box an embed element adopts (`figure > .chart.<prefix>[data-options]`), as HTML, from a widget's figure as
 * its article component renders it: without the island's marker and scripts, which only the site's islands run.
 */
export function shadowChart(figureHtml: string, prefix: string): string {
  const tree = fromHtml(figureHtml, { fragment: true });
  const chart = find(tree, (e) => e.tagName === "div" && e.properties["dataOptions"] !== undefined && [...((e.properties["className"] as string[] | undefined) ?? [])].includes("chart") && ((e.properties["className"] as string[]).includes(prefix)));
  if (!chart) throw new Error(`the figure holds no chart box of class "chart ${prefix}" with data-options`);
  strip(chart);
  return toHtml(chart);
}

function strip(node: Root | Element): void {
  if (node.type === "element") delete node.properties["dataWidget"];
  node.children = node.children.filter((c) => !(c.type === "element" && c.tagName === "script"));
  for (const child of node.children) if (child.type === "element") strip(child);
}

function find(node: Root | Element, test: (e: Element) => boolean): Element | undefined {
  for (const child of node.children) {
    if (child.type !== "element") continue;
    if (test(child)) return child;
    const inner = find(child, test);
    if (inner) return inner;
  }
  return undefined;
}
