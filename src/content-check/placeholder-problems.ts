import { SCAFFOLD_PLACEHOLDERS } from "../lib/scaffold-article.ts";
import type { ContentProblem } from "./content-problem.ts";

/** The scaffold's placeholders (`npm run new`) still in an article's source, each at its line: an author must replace them. */
export function placeholderProblems(source: string, file: string): ContentProblem[] {
  const lines = source.split("\n");
  return Object.values(SCAFFOLD_PLACEHOLDERS).flatMap((text) =>
    lines.flatMap((line, i) => {
      const column = line.indexOf(text);
      return column < 0 ? [] : [{ file, line: i + 1, column: column + 1, rule: "placeholder", message: `"${text}" is the scaffold's placeholder: replace it with this article's own` }];
    }),
  );
}
