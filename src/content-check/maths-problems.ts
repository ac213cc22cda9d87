import katex from "katex";
import type { Root } from "mdast";
import { withoutLabel } from "../markdown/remark-references.ts";
import { visit } from "unist-util-visit";
import type { ContentProblem } from "./content-problem.ts";

/** Renders every formula with KaTeX as the build does (strict) and reports each one it cannot typeset. */
export function mathsProblems(tree: Root, file: string): ContentProblem[] {
  const problems: ContentProblem[] = [];
  visit(tree, (node) => node.type === "math" || node.type === "inlineMath", (node) => {
    const maths = node as { value: string; type: string; position?: { start: { line: number; column: number } } };
    try {
      katex.renderToString(withoutLabel(maths.value), { displayMode: maths.type === "math", throwOnError: true, strict: "error" });
    } catch (error) {
      const { line = 1, column = 1 } = maths.position?.start ?? {};
      problems.push({ file, line, column, rule: "maths", message: `KaTeX cannot typeset this formula: ${(error as Error).message}` });
    }
  });
  return problems;
}
