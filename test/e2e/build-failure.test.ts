import { spawnSync } from "node:child_process";
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { SCAFFOLD_PLACEHOLDERS, scaffoldArticle } from "../../src/lib/scaffold-article.ts";

const root = path.resolve(import.meta.dirname, "../..");
const made: string[] = [];
afterAll(() => made.forEach((d) => rmSync(d, { recursive: true, force: true })));

// One copy of the site for the whole file, made once: each build below replaces its articles and rebuilds it.
let site: string | undefined;
/** The checker's time limit per job, as src/claims/run-contained.ts declares it, and the copy's. */
const JOB_LIMIT = /(export const LIMITS: ContainedLimits = \{ jobMs: )[\d_]+,/;
const COPY_JOB_MS = 2000;
function siteCopy(): string {
  if (site) return site;
  site = mkdtempSync(path.join(tmpdir(), "site-build-"));
  made.push(site);
  for (const f of ["astro.config.mjs", "tsconfig.json", "package.json"]) copyFileSync(path.join(root, f), path.join(site, f));
  cpSync(path.join(root, "src"), path.join(site, "src"), { recursive: true });
  cpSync(path.join(root, "public"), path.join(site, "public"), { recursive: true });
  symlinkSync(path.join(root, "node_modules"), path.join(site, "node_modules"));
  // The copy's checker stops a job at 2 s, not 10: a sample that never ends spins a core until the limit, and the build
  // stops it the same way, with the limit it is given (its message says which). Checked code takes milliseconds.
  const limits = path.join(site, "src/claims/run-contained.ts");
  const source = readFileSync(limits, "utf8");
  expect(source).toMatch(JOB_LIMIT);
  writeFileSync(limits, source.replace(JOB_LIMIT, `$1${COPY_JOB_MS},`));
  return site;
}

/** Builds the copy of the site with the given fixtures as its only articles; returns the exit status, everything printed and the copy's folder. */
function buildWith(...fixtures: string[]): { status: number | null; output: string; dir: string } {
  const dir = siteCopy();
  const articles = path.join(dir, "content/articles");
  rmSync(articles, { recursive: true, force: true });
  rmSync(path.join(dir, "dist"), { recursive: true, force: true });
  mkdirSync(articles, { recursive: true });
  for (const fixture of fixtures) copyFileSync(fixture, path.join(articles, path.basename(fixture)));
  const run = spawnSync(process.execPath, [path.join(root, "node_modules/astro/bin/astro.mjs"), "build"], { cwd: dir, encoding: "utf8", timeout: 600_000 });
  return { status: run.status, output: run.stdout + run.stderr, dir };
}

/** The problems a build's output reports about one article: each line that names it, with the lines that continue it. */
function linesAbout(output: string, name: string): string {
  const own: string[] = [];
  let inside = false;
  for (const line of output.split("\n")) {
    if (/^\S*content\/articles\/[^/]+\.mdx:\d+/.test(line) || line.trim() === "") inside = line.includes(`content/articles/${name}.mdx:`);
    if (inside) own.push(line);
  }
  return own.join("\n");
}

// The content check runs before Astro compiles anything and lists every problem of every article, then stops the build:
// the articles it must refuse (a wrong number and a sample that never ends among them: numbers and samples are part
// of that check) are built together, once, and each test reads its own article's lines.
const REFUSED_BEFORE_RENDERING = [
  "test/fixtures/articles/wrong-digit.mdx",
  "test/fixtures/hostile-content/thrown-looping-object/thrown-looping-object.mdx",
  "test/fixtures/missing-frontmatter.mdx",
  "test/fixtures/bad-widget/bad-widget-attribute.mdx",
  "test/fixtures/bad-content/inline-script/inline-script.mdx",
  "test/fixtures/bad-content/impossible-date/impossible-date.mdx",
  "test/fixtures/bad-content/alias-bomb/alias-bomb.mdx",
];
let refusedBuild: ReturnType<typeof buildWith> | undefined;
function buildRefused(): ReturnType<typeof buildWith> {
  if (!refusedBuild) {
    refusedBuild = buildWith(...REFUSED_BEFORE_RENDERING.map((f) => path.join(root, f)));
    // Stopped by the content check: its report is there, and nothing was written to dist/.
    expect(refusedBuild.output).toContain(`Content check failed: `);
    expect(existsSync(path.join(refusedBuild.dir, "dist"))).toBe(false);
  }
  return refusedBuild;
}

// The good fixture and a fresh scaffold build together, once: a build that succeeds has built every article in it,
// and each test below checks its own article's page is there.
let goodBuild: ReturnType<typeof buildWith> | undefined;
function buildGood(): ReturnType<typeof buildWith> {
  if (!goodBuild) {
    const scaffolds = mkdtempSync(path.join(tmpdir(), "scaffolded-"));
    made.push(scaffolds);
    const scaffold = scaffoldArticle("A scaffolded article", scaffolds, "2026-11-25");
    // The author's first edit: the scaffold's placeholders, which the content check refuses, replaced by real text.
    const own = { description: "What a scaffolded article looks like once its author has written its description.", sourceTitle: "A post", sourceUrl: "https://example.com/a-post" };
    let text = readFileSync(scaffold, "utf8");
    for (const key of Object.keys(SCAFFOLD_PLACEHOLDERS) as (keyof typeof SCAFFOLD_PLACEHOLDERS)[]) text = text.replace(SCAFFOLD_PLACEHOLDERS[key], own[key]);
    writeFileSync(scaffold, text);
    goodBuild = buildWith(path.join(root, "test/fixtures/articles/good.mdx"), scaffold);
  }
  return goodBuild;
}

// A build takes seconds alone but can take minutes beside the other browser tests on a loaded machine; it is bounded by
// spawnSync's own limit above, which a test's timeout could not interrupt anyway.
describe("astro build with a bad article", { timeout: 600_000 }, () => {
  it("stops on a wrong number, printing file:line, written, expression and computed", () => {
    const { status, output } = buildRefused();
    expect(status).not.toBe(0);
    const own = linesAbout(output, "wrong-digit");
    expect(own).toContain("content/articles/wrong-digit.mdx:12:");
    expect(own).toContain("written:    0.19662");
    expect(own).toContain("expression: dsigmoid(1)");
    expect(own).toContain("computed:   0.1966119332414818");
  });

  it("stops on missing front-matter fields, naming the file and each field", () => {
    const { status, output } = buildRefused();
    expect(status).not.toBe(0);
    const own = linesAbout(output, "missing-frontmatter");
    expect(own).toMatch(/description/);
    expect(own).toMatch(/basedOn/);
  });

  it("stops before rendering on a widget attribute out of range, naming the file, line, option and range", () => {
    const { status, output } = buildRefused();
    expect(status).not.toBe(0);
    expect(output).toContain("content/articles/bad-widget-attribute.mdx:14:1  widget option:");
    expect(output).toContain('<SigmoidExplorer> option "w" = 99 is outside -10 to 10');
  });

  it("stops on a <script> in an article before building, with file:line and no stack trace", () => {
    const { status, output } = buildRefused();
    expect(status).not.toBe(0);
    expect(output).toContain("content/articles/inline-script.mdx:12:1  script: articles may not carry <script> elements");
    expect(output).not.toMatch(/Stack trace|^\s+at /m);
  });

  it("stops on an inline handler the content check cannot see, naming the built page and line", () => {
    // The handler's name is computed in an export, so only the built page shows it: the headers step must refuse it.
    const { status, output } = buildWith(path.join(root, "test/fixtures/articles/undeclared-handler.mdx"));
    expect(status).not.toBe(0);
    expect(output).toContain("Build stopped: 1 script(s) in the built pages that the site does not declare");
    expect(output).toMatch(/dist\/articles\/undeclared-handler\/index\.html:\d+:\d+ {2}script: an inline event handler onclick="alert\(1\)" on <div>/);
    expect(output).not.toMatch(/Stack trace|^\s+at /m);
  });

  it("stops on an impossible date and an alias bomb with one line each, not a stack trace or a hang", () => {
    const { status, output } = buildRefused();
    expect(status).not.toBe(0);
    for (const fixture of ["impossible-date", "alias-bomb"]) {
      expect(linesAbout(output, fixture)).toMatch(new RegExp(`content/articles/${fixture}\\.mdx:\\d+:1  front matter: `));
    }
    expect(output).not.toMatch(/Stack trace|^\s+at /m);
  });

  it("stops on a sample that never ends, naming the file and line, instead of hanging", () => {
    const { status, output } = buildRefused();
    expect(status).not.toBe(0);
    const own = linesAbout(output, "thrown-looping-object");
    expect(own).toContain("content/articles/thrown-looping-object.mdx:11:");
    expect(own).toContain(`the sample did not finish within ${COPY_JOB_MS / 1000} s`);
  });

  it("builds the good fixture article", () => {
    const { status, output, dir } = buildGood();
    expect(output).not.toMatch(/Claims check failed/);
    expect(status).toBe(0);
    expect(existsSync(path.join(dir, "dist/articles/good/index.html"))).toBe(true);
  });

  it("builds an article fresh from the scaffold once its placeholders are replaced", () => {
    const { status, output, dir } = buildGood();
    expect(output).not.toMatch(/failed/i);
    expect(status).toBe(0);
    expect(existsSync(path.join(dir, "dist/articles/a-scaffolded-article/index.html"))).toBe(true);
  });
});
