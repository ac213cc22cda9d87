import type { InlineMath, Math } from "mdast-util-math";

/** Replaces a formula's TeX source. remark-math copies the source into hast children when it parses, so both must change. */
export function setMathSource(node: InlineMath | Math, source: string): void {
  node.value = source;
  const text = { type: "text" as const, value: source };
  const data = node.data as { hChildren?: { type: string; children?: unknown[] }[] } | undefined;
  if (!data?.hChildren) return;
  if (node.type === "math" && data.hChildren[0]) data.hChildren[0].children = [text];
  else data.hChildren = [text];
}
