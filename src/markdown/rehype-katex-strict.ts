import path from "node:path";
import type { Root } from "hast";
import type { VFile } from "vfile";

/**
 * Rehype plugin, after rehype-katex: turns its "could not render" warnings into a build error with file, line and
 * KaTeX's message, placed at the first formula's line so the error's location is the article's, not "mdx:0:0".
 */
export default function rehypeKatexStrict() {
  return (_tree: Root, file: VFile): void => {
    const failures = file.messages.filter((m) => m.source === "rehype-katex");
    if (failures.length === 0) return;
    const name = file.path ? path.relative(file.cwd, file.path) : "(unnamed file)";
    const lines = failures.map((m) => `${name}:${m.line ?? "?"}:${m.column ?? "?"}  KaTeX: ${m.cause instanceof Error ? m.cause.message : m.reason}`);
    const placed = failures.find((m) => m.line != null);
    file.fail(`KaTeX could not render ${failures.length} formula(s) in ${name}\n\n${lines.join("\n")}\n`, placed ? { place: { line: placed.line!, column: placed.column ?? 1 } } : undefined);
  };
}
