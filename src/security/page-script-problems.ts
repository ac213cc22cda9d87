import type { Element, Root, RootContent } from "hast";
import { fromHtml } from "hast-util-from-html";

/** Something in a built page that would run a script the site did not declare. */
export interface PageScriptProblem {
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly message: string;
}

/** Attributes whose value is a URL a browser may navigate to or load. */
const URL_ATTRIBUTES = new Set(["href", "src", "action", "formAction", "xLinkHref", "data", "poster"]);

/**
 * Finds, in one built HTML page, every inline <script> whose text is not one of the declared scripts, every inline
 * event-handler attribute (onclick=…, onload=…), every iframe srcdoc and every javascript: URL, each with its line.
 */
export function pageScriptProblems(html: string, file: string, declared: ReadonlySet<string>): PageScriptProblem[] {
  const problems: PageScriptProblem[] = [];
  const at = (node: Element, message: string) =>
    problems.push({ file, line: node.position?.start.line ?? 1, column: node.position?.start.column ?? 1, message });
  walk(fromHtml(html), (el) => {
    if (el.tagName === "script" && el.properties["src"] === undefined) {
      const text = el.children.map((c) => (c.type === "text" ? c.value : "")).join("");
      if (!declared.has(text)) at(el, `an inline <script> the layout does not declare: ${excerpt(text)}`);
    }
    for (const [name, value] of Object.entries(el.properties)) {
      // hast names handlers onClick, onLoad …; unknown ones keep their lower-case name. No other attribute starts with "on".
      if (/^on/i.test(name)) at(el, `an inline event handler ${name.toLowerCase()}=${excerpt(String(value))} on <${el.tagName}>`);
      else if (name === "srcDoc") at(el, `an inline document (srcdoc) on <${el.tagName}>, whose scripts the build cannot see`);
      else if (URL_ATTRIBUTES.has(name) && /^\s*javascript:/i.test(String(value).replace(/[\u0000-\u001f]/g, ""))) {
        at(el, `a javascript: URL in ${name.toLowerCase()} on <${el.tagName}>`);
      }
    }
  });
  return problems;
}

function walk(node: Root | RootContent, visit: (el: Element) => void): void {
  if (node.type === "element") {
    visit(node);
    if (node.content) walk(node.content, visit);
  }
  if ("children" in node) for (const child of node.children) walk(child, visit);
}

function excerpt(text: string): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return JSON.stringify(flat.length > 80 ? `${flat.slice(0, 80)}…` : flat);
}
