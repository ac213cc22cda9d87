import { compile } from "@mdx-js/mdx";
import rehypeKatex from "rehype-katex";
import remarkMath from "remark-math";
import { VFile } from "vfile";
import { describe, expect, it } from "vitest";
import rehypeKatexStrict from "../../src/markdown/rehype-katex-strict.ts";
import remarkMathPositions from "../../src/markdown/remark-math-positions.ts";

/** The error compiling an article body through remark-math and KaTeX stops with: its line, column and message. */
async function failure(body: string): Promise<{ line: number | undefined; column: number | undefined; message: string }> {
  try {
    await compile(new VFile({ path: "/site/content/articles/a.mdx", cwd: "/site", value: body }), {
      remarkPlugins: [remarkMath, remarkMathPositions],
      rehypePlugins: [[rehypeKatex, { strict: "error" }], rehypeKatexStrict],
    });
  } catch (error) {
    const e = error as { line?: number; column?: number; message: string };
    return { line: e.line, column: e.column, message: e.message };
  }
  throw new Error("the article compiled, but it should have failed");
}

describe("rehypeKatexStrict after remarkMathPositions", () => {
  it("places a display formula KaTeX cannot render at the article's line of its $$", async () => {
    const f = await failure("Some text.\n\nMore text.\n\n$$\n\\frac{1}{\n$$\n");
    expect(f.line).toBe(5);
    expect(f.message).toContain("content/articles/a.mdx:5:1  KaTeX: KaTeX parse error");
  });

  it("places an inline formula at its line and column, and lists every bad formula", async () => {
    const f = await failure("Text.\n\nThe slope is $\\sigmoid(z)$ here.\n\nAnd $\\frac{1}{$ there.\n");
    expect([f.line, f.column]).toEqual([3, 14]);
    expect(f.message).toContain("KaTeX could not render 2 formula(s)");
    expect(f.message).toContain("content/articles/a.mdx:5:5  KaTeX:");
    expect(f.message).not.toContain(":?:?");
  });
});
