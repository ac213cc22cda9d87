import { spawnSync } from "node:child_process";
import { copyFileSync, cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { scaffoldArticle } from "../../src/lib/scaffold-article.ts";

const root = path.resolve(import.meta.dirname, "../..");
const made: string[] = [];
afterAll(() => made.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** Builds a copy of the site whose only article is the given fixture; returns the exit status and everything printed. */
function buildWith(fixture: string): { status: number | null; output: string } {
  const dir = mkdtempSync(path.join(tmpdir(), "site-build-"));
  made.push(dir);
  for (const f of ["astro.config.mjs", "tsconfig.json", "package.json"]) copyFileSync(path.join(root, f), path.join(dir, f));
  cpSync(path.join(root, "src"), path.join(dir, "src"), { recursive: true });
  cpSync(path.join(root, "public"), path.join(dir, "public"), { recursive: true });
  symlinkSync(path.join(root, "node_modules"), path.join(dir, "node_modules"));
  mkdirSync(path.join(dir, "content/articles"), { recursive: true });
  copyFileSync(fixture, path.join(dir, "content/articles", path.basename(fixture)));
  const run = spawnSync(process.execPath, [path.join(root, "node_modules/astro/bin/astro.mjs"), "build"], { cwd: dir, encoding: "utf8", timeout: 600_000 });
  return { status: run.status, output: run.stdout + run.stderr };
}

describe("astro build with a bad article", () => {
  it("stops on a wrong number, printing file:line, written, expression and computed", () => {
    const { status, output } = buildWith(path.join(root, "test/fixtures/articles/wrong-digit.mdx"));
    expect(status).not.toBe(0);
    expect(output).toContain("content/articles/wrong-digit.mdx:12:");
    expect(output).toContain("written:    0.19662");
    expect(output).toContain("expression: dsigmoid(1)");
    expect(output).toContain("computed:   0.1966119332414818");
  });

  it("stops on missing front-matter fields, naming the file and each field", () => {
    const { status, output } = buildWith(path.join(root, "test/fixtures/missing-frontmatter.mdx"));
    expect(status).not.toBe(0);
    expect(output).toContain("missing-frontmatter");
    expect(output).toMatch(/description/);
    expect(output).toMatch(/basedOn/);
  });

  it("stops before rendering on a widget attribute out of range, naming the file, line, option and range", () => {
    const { status, output } = buildWith(path.join(root, "test/fixtures/bad-widget/bad-widget-attribute.mdx"));
    expect(status).not.toBe(0);
    expect(output).toContain("content/articles/bad-widget-attribute.mdx:14:1  widget option:");
    expect(output).toContain('<SigmoidExplorer> option "w" = 99 is outside -10 to 10');
  });

  it("stops on a sample that never ends, naming the file and line, instead of hanging", () => {
    const { status, output } = buildWith(path.join(root, "test/fixtures/hostile-content/thrown-looping-object/thrown-looping-object.mdx"));
    expect(status).not.toBe(0);
    expect(output).toContain("content/articles/thrown-looping-object.mdx:11:");
    expect(output).toContain("the sample did not finish within 2 s");
  });

  it("builds the good fixture article", () => {
    const dir = path.join(root, "test/fixtures/articles/good.mdx");
    const { status, output } = buildWith(dir);
    expect(output).not.toMatch(/Claims check failed/);
    expect(status).toBe(0);
  });

  it("builds an article fresh from the scaffold", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "scaffolded-"));
    made.push(dir);
    const { status, output } = buildWith(scaffoldArticle("A scaffolded article", dir, "2026-11-25"));
    expect(output).not.toMatch(/failed/i);
    expect(status).toBe(0);
  });
});
