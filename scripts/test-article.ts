// Checks one article end to end while it is being written: npm run test:article -- <slug>
// The content check, the build, then in Chromium its page (axe in both themes and at phone width, every widget by
// keyboard, KaTeX, JS budget, the site's CSP), its search entry, its claims page and its own widget tests.
// `npm test` stays the full gate.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { checkContent } from "../src/content-check/check-content.ts";
import { formatContentProblems } from "../src/content-check/content-problem.ts";

/** The browser test files whose checks run on every article; with TEST_ARTICLE set they check that one alone. */
const PER_ARTICLE = ["pages", "figure-text-widths", "claims-pages", "search", "csp"].map((f) => `test/e2e/${f}.test.ts`);

const slug = process.argv[2]?.replace(/^\/?articles\//, "").replace(/\/$/, "").replace(/\.mdx$/, "");
if (!slug || !existsSync(path.join("content/articles", `${slug}.mdx`))) {
  const known = readdirSync("content/articles").filter((f) => f.endsWith(".mdx")).map((f) => f.replace(/\.mdx$/, ""));
  console.error(`Usage: npm run test:article -- <slug>, one of: ${known.join(", ")}`);
  process.exit(1);
}

const started = performance.now();
const step = (what: string) => console.log(`\n▸ ${what} (${((performance.now() - started) / 1000).toFixed(0)} s)`);

step("content check");
const problems = checkContent("content/articles", { numbers: true });
if (problems.length > 0) {
  console.error(formatContentProblems(problems));
  process.exit(1);
}

step("build");
const build = spawnSync(process.execPath, ["node_modules/astro/bin/astro.mjs", "build"], { stdio: ["ignore", "ignore", "inherit"] });
if (build.status !== 0) {
  // Run again visibly: the build's own output names the file and line.
  spawnSync(process.execPath, ["node_modules/astro/bin/astro.mjs", "build"], { stdio: "inherit" });
  process.exit(1);
}

// The article's own widget tests are the browser test files that name its page.
const own = readdirSync("test/e2e")
  .filter((f) => f.endsWith(".test.ts"))
  .map((f) => `test/e2e/${f}`)
  .filter((f) => !PER_ARTICLE.includes(f) && readFileSync(f, "utf8").includes(`/articles/${slug}/`));
step(`browser tests: ${[...PER_ARTICLE, ...own].map((f) => path.basename(f, ".test.ts")).join(", ")}`);
const tests = spawnSync(process.execPath, ["node_modules/vitest/vitest.mjs", "run", "--project", "e2e", ...PER_ARTICLE, ...own], {
  stdio: "inherit",
  env: { ...process.env, TEST_ARTICLE: slug },
});
step(tests.status === 0 ? `${slug} passed` : `${slug} failed`);
process.exit(tests.status ?? 1);
