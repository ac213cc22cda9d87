import type { Element, Text } from "hast";
import type { ShikiTransformer } from "shiki";

/** Shiki transformer: marks each `// →` comment (what a runnable sample's line prints) so the stylesheet can wrap it under its line rather than hide it past the edge. */
export const shikiSampleOutput: ShikiTransformer = {
  name: "sample-output",
  span(node: Element) {
    const text = node.children.map((c) => (c as Text).value ?? "").join("");
    if (text.trimStart().startsWith("// →")) this.addClassToHast(node, "sample-output");
  },
};
