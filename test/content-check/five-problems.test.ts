import { compile } from "@mdx-js/mdx";
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { VFile } from "vfile";
import { afterAll, describe, expect, it } from "vitest";
import { checkContent } from "../../src/content-check/check-content.ts";
import remarkContentCheck from "../../src/content-check/remark-content-check.ts";

const project = path.resolve(import.meta.dirname, "../..");
const fixture = path.join(project, "test/fixtures/five-problems/five-problems.mdx");
const text = readFileSync(fixture, "utf8");
/** The 1-based line of the fixture holding `marker`, read from the fixture itself. */
const lineOf = (marker: string): number => text.slice(0, text.indexOf(marker)).split("\n").length;

/** Each of the fixture's five problems: the rule that must report it, on the line of its marker, and what it must say. */
const FIVE = [
  { rule: "number", line: lineOf("0.19662"), says: "the computed value rounds to 0.19661" },
  { rule: "reference", line: lineOf("[@nobody1999]"), says: "[@nobody1999] cites nothing" },
  { rule: "maths", line: lineOf("\\sigmoid"), says: "Undefined control sequence: \\sigmoid" },
  { rule: "component", line: lineOf("<TrainingRcae"), says: "unknown component <TrainingRcae>: did you mean <TrainingRace>?" },
  { rule: "widget option", line: lineOf("w={99}"), says: 'option "w" = 99 is outside -10 to 10' },
];

// A project whose only article is the fixture, beside the site's own src/ and references.
const root = mkdtempSync(path.join(tmpdir(), "five-problems-"));
mkdirSync(path.join(root, "content/articles"), { recursive: true });
symlinkSync(path.join(project, "src"), path.join(root, "src"));
copyFileSync(path.join(project, "content/references.yaml"), path.join(root, "content/references.yaml"));
const article = path.join(root, "content/articles/five-problems.mdx");
copyFileSync(fixture, article);
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe("checkContent on an article with five different problems", () => {
  it("reports all five in one run, each at its line, and no knock-on of the misspelt component", () => {
    const problems = checkContent(path.join(root, "content/articles"), { numbers: true, root });
    expect(problems.map((p) => ({ rule: p.rule, line: p.line }))).toEqual(FIVE.map(({ rule, line }) => ({ rule, line })));
    FIVE.forEach((f, i) => expect(problems[i]!.message).toContain(f.says));
    expect(problems.every((p) => p.file === "content/articles/five-problems.mdx")).toBe(true);
  }, 60_000);
});

describe("remarkContentCheck (astro dev)", () => {
  it("stops the article's render with all five problems, placed at the first, before any later step", async () => {
    const vfile = new VFile({ path: article, cwd: root, value: text });
    const error = await compile(vfile, { remarkPlugins: [[remarkContentCheck, { root, enabled: true }]] }).then(
      () => null,
      (e: unknown) => e as { line?: number; column?: number; message: string },
    );
    expect(error).not.toBeNull();
    expect(error!.line).toBe(FIVE[0]!.line);
    expect(error!.message).toContain("Content check failed: 5 problems");
    for (const f of FIVE) expect(error!.message).toContain(`content/articles/five-problems.mdx:${f.line}:`);
    expect(error!.message).not.toContain("refers to no figure");
    expect(error!.message).not.toContain("has no anchor");
  }, 60_000);

  it("does nothing when disabled (the build checks every article before it renders)", async () => {
    const vfile = new VFile({ path: article, cwd: root, value: "Plain text.\n" });
    await expect(compile(vfile, { remarkPlugins: [[remarkContentCheck, { root, enabled: false }]] })).resolves.toBeDefined();
  });
});
