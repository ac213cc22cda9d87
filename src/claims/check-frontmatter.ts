import type { Claim } from "./claim.ts";
import { findNumbers } from "./find-numbers.ts";

/** Front-matter fields a reader sees (the page title, the description on the home page and in search results, the credit line). */
export const SHOWN_FIELDS: readonly string[] = ["title", "description", "basedOn.title", "basedOn.author", "basedOn.posted"];

/**
 * Flags decimal, percentage and scientific numbers in the shown front-matter fields: YAML cannot bind a number to
 * an expression, so such a number could never be checked. Lines are those of the field's key in the source.
 */
export function checkFrontmatter(source: string, frontmatter: Readonly<Record<string, unknown>>, file: string): Claim[] {
  const lines = source.split("\n");
  return SHOWN_FIELDS.flatMap((key) => {
    const [outer, inner] = key.split(".") as [string, string | undefined];
    const parent = frontmatter[outer];
    const value = inner === undefined ? parent : parent !== null && typeof parent === "object" ? (parent as Record<string, unknown>)[inner] : undefined;
    if (typeof value !== "string") return [];
    const top = lines.findIndex((l) => l.startsWith(`${outer}:`));
    const index = inner === undefined ? top : lines.findIndex((l, i) => i > top && new RegExp(`^\\s+${inner}:`).test(l));
    return findNumbers(value, "prose").map((n) => ({
      file,
      line: index + 1,
      column: 1,
      context: "prose" as const,
      written: n.text,
      expression: null,
      computed: null,
      status: n.refused ? ("error" as const) : ("unbound" as const),
      message: n.refused
        ? `${n.refused} (in the front matter's ${key})`
        : `front matter cannot bind a number to its computation: say it in words in the ${key}, or move it into the article body`,
    }));
  });
}
