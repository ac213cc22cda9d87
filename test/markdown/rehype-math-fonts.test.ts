import { compile } from "@mdx-js/mdx";
import rehypeKatex from "rehype-katex";
import remarkMath from "remark-math";
import { VFile } from "vfile";
import { describe, expect, it } from "vitest";
import rehypeMathFonts from "../../src/markdown/rehype-math-fonts.ts";

/** The fonts an MDX body's maths is recorded as using, compiled as the site compiles it. */
async function recorded(body: string): Promise<unknown> {
  const file = new VFile({ path: "a.mdx", value: body });
  await compile(file, { remarkPlugins: [remarkMath], rehypePlugins: [rehypeKatex, rehypeMathFonts] });
  return (file.data as { astro?: { frontmatter?: Record<string, unknown> } }).astro?.frontmatter?.["mathFonts"];
}

describe("rehypeMathFonts", () => {
  it("records the faces of the article's maths in its frontmatter, and none for an article without maths", async () => {
    expect(await recorded("Letters $\\sigma(x)$ and digits $1 + 1$.")).toEqual(["Main-Regular", "Math-Italic"]);
    expect(await recorded("A sum:\n\n$$\n\\sum_i x_i\n$$\n")).toEqual(["Main-Regular", "Math-Italic", "Size2-Regular"]);
    expect(await recorded("Just words.")).toEqual([]);
  });
});
