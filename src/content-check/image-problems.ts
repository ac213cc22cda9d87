import type { Root } from "mdast";
import { visit } from "unist-util-visit";
import type { ContentProblem } from "./content-problem.ts";

/** Flags Markdown images without alt text: a reader who cannot see the picture would get nothing. */
export function imageProblems(tree: Root, file: string): ContentProblem[] {
  const problems: ContentProblem[] = [];
  visit(tree, "image", (node) => {
    if ((node.alt ?? "").trim() !== "") return;
    const { line = 1, column = 1 } = node.position?.start ?? {};
    problems.push({ file, line, column, rule: "image", message: `![](${node.url}) has no alt text: write what the picture shows between the brackets` });
  });
  return problems;
}
