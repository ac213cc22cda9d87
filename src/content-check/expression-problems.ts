import type { Root } from "mdast";
import { visit } from "unist-util-visit";
import { importedComponents } from "../markdown/imported-components.ts";
import type { ContentProblem } from "./content-problem.ts";

/**
 * Flags `{name}` in the text of an article when nothing defines `name`: MDX reads braces in prose as JavaScript,
 * so text like "write \num{expression}" outside maths or code fails only at render, with no line.
 */
export function expressionProblems(tree: Root, file: string): ContentProblem[] {
  const defined = new Set(importedComponents(tree).map((i) => i.name));
  visit(tree, "mdxjsEsm", (node) => {
    for (const m of node.value.matchAll(/export\s+(?:const|let|function)\s+([A-Za-z_$][\w$]*)/g)) defined.add(m[1]!);
  });
  const problems: ContentProblem[] = [];
  visit(tree, (node) => node.type === "mdxTextExpression" || node.type === "mdxFlowExpression", (node) => {
    const { value, position } = node as { value: string; position?: { start: { line: number; column: number } } };
    const name = /^\s*([A-Za-z_$][\w$]*)\s*$/.exec(value)?.[1];
    if (name === undefined || defined.has(name) || name in globalThis) return;
    problems.push({
      file,
      line: position?.start.line ?? 1,
      column: position?.start.column ?? 1,
      rule: "MDX expression",
      message: `{${name}} is read as JavaScript and nothing defines "${name}": to show braces, write them in code (\`{${name}}\`) or maths, or escape them as \\{${name}\\}`,
    });
  });
  return problems;
}
