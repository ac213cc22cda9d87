import type { Root } from "mdast";
import type { MdxJsxFlowElement, MdxJsxTextElement } from "mdast-util-mdx-jsx";
import { visit } from "unist-util-visit";
import type { ContentProblem } from "./content-problem.ts";

/** A widget's id or figure label: inserted into element ids of the static figure, so letters, digits and hyphens only. */
export const WIDGET_ID = /^[A-Za-z][A-Za-z0-9-]{0,63}$/;

/**
 * Refuses what would run a script on the page: a <script> element, an inline event handler (onclick=…) or a
 * javascript: URL, whether written as JSX in the text or inside a {…} expression. The site's Content-Security-Policy
 * allows only the layout's own scripts, and the build stops on any other it finds in the built pages; this says
 * where in the article it came from.
 */
export function scriptProblems(tree: Root, file: string): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const at = (position: { start: { line: number; column: number } } | undefined, message: string) =>
    problems.push({ file, line: position?.start.line ?? 1, column: position?.start.column ?? 1, rule: "script", message });

  visit(tree, (node) => node.type === "mdxJsxFlowElement" || node.type === "mdxJsxTextElement", (node) => {
    const el = node as MdxJsxFlowElement | MdxJsxTextElement;
    if (el.name?.toLowerCase() === "script") at(el.position, "articles may not carry <script> elements: only the site's own scripts run (a widget is the way to add behaviour)");
    for (const a of el.attributes) {
      if (a.type !== "mdxJsxAttribute") continue;
      if (/^on/i.test(a.name)) at(el.position, `<${el.name}> has an inline event handler "${a.name}": articles may not carry scripts`);
      if (/^srcdoc$/i.test(a.name)) at(el.position, `<${el.name}> has a srcdoc page of its own: articles may not carry markup the build cannot check`);
      if (typeof a.value === "string" && /^\s*javascript:/i.test(a.value)) at(el.position, `<${el.name}> ${a.name} is a javascript: URL: links go to http(s) addresses or pages of the site`);
    }
  });
  visit(tree, (node) => node.type === "link" || node.type === "definition" || node.type === "image", (node) => {
    const { url, position } = node as { url: string; position?: { start: { line: number; column: number } } };
    if (/^\s*javascript:/i.test(url)) at(position, "a javascript: link: links go to http(s) addresses or pages of the site");
  });
  visit(tree, (node) => node.type === "mdxFlowExpression" || node.type === "mdxTextExpression" || node.type === "mdxjsEsm", (node) => {
    const { data, position } = node as { data?: { estree?: unknown }; position?: { start: { line: number; column: number } } };
    for (const found of jsxScripts(data?.estree)) at(position, `${found} inside a {…} expression: articles may not carry scripts`);
  });
  return problems;
}

/** <script> elements and on… attributes in a JavaScript syntax tree (JSX written inside an expression). */
function jsxScripts(tree: unknown): string[] {
  const found: string[] = [];
  const stack = [tree];
  while (stack.length > 0) {
    const node = stack.pop();
    if (node === null || typeof node !== "object") continue;
    const n = node as { type?: string; name?: { type?: string; name?: string } };
    if (n.type === "JSXOpeningElement" && n.name?.type === "JSXIdentifier" && n.name.name?.toLowerCase() === "script") found.push("a <script> element");
    if (n.type === "JSXAttribute" && n.name?.type === "JSXIdentifier" && /^on/i.test(n.name.name ?? "")) found.push(`an inline event handler "${n.name.name}"`);
    stack.push(...Object.values(node));
  }
  return found;
}
