import type { Element, Root } from "hast";
import { fromHtml } from "hast-util-from-html";
import { toHtml } from "hast-util-to-html";
import { findElement } from "./find-element.ts";

/**
 * A widget's still figure as a standalone SVG file, from its built iframe page: the page's first labelled chart (the
 * figure a reader sees first), with the stylesheets it is drawn with inside it, so that an <img> shows it as the page
 * does. An <img> has no scripts, so the file is the figure a reader without JavaScript sees in a host's page.
 */
export function stillSvg(pageHtml: string, css: readonly string[]): string {
  const tree = fromHtml(pageHtml);
  const charts: Element[] = [];
  const walk = (node: Root | Element): void => {
    for (const child of node.children) {
      if (child.type !== "element") continue;
      if (child.tagName === "svg") charts.push(child);
      else walk(child);
    }
  };
  const widget = findElement(tree, (e) => e.properties["dataEmbedWidget"] !== undefined);
  if (widget) walk(widget);
  const svg = charts.find((e) => e.properties["role"] === "img") ?? charts[0];
  if (!svg) throw new Error("the embed page holds no still figure (no <svg> inside its [data-embed-widget] element)");
  // Its label points at an element of the page; in a file of its own the <img>'s alt says what it shows.
  const { ariaLabelledBy: _label, role: _role, focusable: _focusable, ...properties } = svg.properties;
  // Comments dropped (they only explain the sheets); the rest in CDATA, as XML reads a "<" or "&" in a rule as markup.
  const rules = css.join("\n").replace(/\/\*[\s\S]*?\*\//g, "").replaceAll("]]>", "]]]]><![CDATA[>");
  const style: Element = { type: "element", tagName: "style", properties: {}, children: [{ type: "raw", value: `<![CDATA[${rules}]]>` } as never] };
  const still: Element = { ...svg, properties: { ...properties, xmlns: "http://www.w3.org/2000/svg" }, children: [style, ...svg.children] };
  // SVG space: every attribute written out with a value and empty elements closed, as XML (an <img>'s SVG) requires.
  return `<?xml version="1.0" encoding="UTF-8"?>\n${toHtml(still, { space: "svg", closeSelfClosing: true, closeEmptyElements: true, tightSelfClosing: false })}\n`;
}
