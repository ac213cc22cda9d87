import { readFileSync } from "node:fs";
import path from "node:path";
import { parseFrontmatter } from "@astrojs/markdown-remark";
import type { Root } from "mdast";
import type { VFile } from "vfile";
import { formatProblem, isProblem, type Claim } from "./claim.ts";
import { checkClaims } from "./check-claims.ts";
import { checkFrontmatter } from "./check-frontmatter.ts";

declare module "vfile" {
  interface DataMap {
    /** Every number of the page, as the claims checker found it. */
    claims: Claim[];
  }
}

/** Remark plugin: checks every number of an MDX page and stops the build on the first page with a problem, listing them all. */
export default function remarkClaims() {
  return (tree: Root, file: VFile): void => {
    const name = file.path ? path.relative(file.cwd, file.path) : "(unnamed file)";
    // The processor sees the body with its front matter blanked out, so the front matter is read from the file.
    const source = file.path ? readFileSync(file.path, "utf8") : "";
    const claims = [...checkFrontmatter(source, parseFrontmatter(source).frontmatter, name), ...checkClaims(tree, name)];
    file.data.claims = claims;
    const problems = claims.filter(isProblem);
    if (problems.length > 0) {
      const count = problems.length === 1 ? "1 number" : `${problems.length} numbers`;
      const { line, column } = problems[0]!;
      file.fail(`Claims check failed: ${count} in ${name}\n\n${problems.map(formatProblem).join("\n\n")}\n`, { place: { line, column } });
    }
  };
}
