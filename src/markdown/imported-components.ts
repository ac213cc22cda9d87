import type { Root } from "mdast";
import { visit } from "unist-util-visit";

/** One import of an MDX article: the name it binds, what it imports from, and the line the import is on. */
export interface ImportedComponent {
  readonly name: string;
  readonly from: string;
  readonly line: number;
}

/** Every default and named import of an MDX article's ESM blocks. */
export function importedComponents(tree: Root): ImportedComponent[] {
  const out: ImportedComponent[] = [];
  visit(tree, "mdxjsEsm", (node) => {
    for (const m of node.value.matchAll(/import\s+(?:(\w+)|\{([^}]*)\})\s+from\s+["']([^"']+)["']/g)) {
      const [, name, named, from] = m as unknown as [string, string | undefined, string | undefined, string];
      const line = (node.position?.start.line ?? 1) + node.value.slice(0, m.index).split("\n").length - 1;
      const names = name ? [name] : named!.split(",").map((n) => n.trim().split(/\s+as\s+/).pop()!).filter(Boolean);
      out.push(...names.map((n) => ({ name: n, from, line })));
    }
  });
  return out;
}
