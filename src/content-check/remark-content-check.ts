import path from "node:path";
import type { Root } from "mdast";
import type { VFile } from "vfile";
import { checkContent } from "./check-content.ts";
import { formatContentProblems } from "./content-problem.ts";

/** Options of remarkContentCheck: the project root, and whether to run at all (the build checks everything before it renders). */
export interface ContentCheckOptions {
  readonly root: string;
  readonly enabled: boolean;
}

/**
 * Remark plugin for `astro dev`, first of the article's plugins: runs the whole content check on the article being
 * rendered (reading the other articles for its links) and, on any problem, fails with every one of them listed, placed
 * at the first in the article, so the overlay shows what `npm run check:content` says rather than whichever later step
 * trips first over a knock-on of it.
 */
export default function remarkContentCheck(options: ContentCheckOptions) {
  const articles = path.join(options.root, "content/articles");
  return (_tree: Root, file: VFile): void => {
    if (!options.enabled || !file.path || path.dirname(path.resolve(file.path)) !== articles) return;
    const problems = checkContent(articles, { numbers: true, root: options.root, only: file.path });
    if (problems.length === 0) return;
    const own = path.relative(options.root, path.resolve(file.path));
    const first = problems.find((p) => p.file === own) ?? problems[0]!;
    file.fail(formatContentProblems(problems), { place: { line: first.line, column: first.column }, source: "content-check" });
  };
}
