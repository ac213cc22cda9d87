import { readFileSync } from "node:fs";
import path from "node:path";
import { compile } from "@mdx-js/mdx";
import { parseFrontmatter } from "@astrojs/markdown-remark";
import rehypeKatex from "rehype-katex";
import remarkMath from "remark-math";
import { VFile } from "vfile";
import remarkClaims from "../../src/claims/remark-claims.ts";
import remarkReferences from "../../src/markdown/remark-references.ts";
import rehypeFocusableMaths from "../../src/markdown/rehype-focusable-maths.ts";
import rehypeKatexStrict from "../../src/markdown/rehype-katex-strict.ts";
import remarkMathPositions from "../../src/markdown/remark-math-positions.ts";
import rehypeValidMathml from "../../src/markdown/rehype-valid-mathml.ts";

/** The folder of article fixtures, good and bad. */
export const fixtures = path.resolve(import.meta.dirname, "../fixtures/articles");

/** Compiles a fixture article through the site's remark and rehype plugins, as the build does; resolves to its VFile. */
export async function compileFixture(name: string): Promise<VFile> {
  const file = path.join(fixtures, name);
  const { content } = parseFrontmatter(readFileSync(file, "utf8"), { frontmatter: "empty-with-spaces" });
  const vfile = new VFile({ path: file, value: content, cwd: path.resolve(import.meta.dirname, "../..") });
  await compile(vfile, {
    remarkPlugins: [remarkMath, remarkMathPositions, remarkClaims, [remarkReferences, { root: path.resolve(import.meta.dirname, "../..") }]],
    rehypePlugins: [[rehypeKatex, { strict: "error" }], rehypeKatexStrict, rehypeFocusableMaths, rehypeValidMathml],
  });
  return vfile;
}

/** The build error a fixture stops with (its message), or throws if it compiles. */
export async function failureOf(name: string): Promise<string> {
  try {
    await compileFixture(name);
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error(`${name} compiled, but it should have failed`);
}
