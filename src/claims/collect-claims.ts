import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import type { Claim } from "./claim.ts";
import { checkClaims } from "./check-claims.ts";
import { checkFrontmatter } from "./check-frontmatter.ts";
import { parseArticle } from "./parse-article.ts";

/** Every claim of every article in a folder of .mdx files (paths relative to root), in file and line order. */
export function collectClaims(dir: string, root = process.cwd()): Claim[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith(".mdx"))
    .sort()
    .flatMap((f) => {
      const full = path.join(dir, f);
      const source = readFileSync(full, "utf8");
      const { frontmatter, tree } = parseArticle(source);
      const name = path.relative(root, full);
      return [...checkFrontmatter(source, frontmatter, name), ...checkClaims(tree, name)];
    });
}
