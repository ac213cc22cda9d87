// Checks every article in seconds without building the site: front matter, syntax, slugs, components, widget options, images, links, numbers, samples and maths.
import { checkContent } from "../src/content-check/check-content.ts";
import { formatContentProblems } from "../src/content-check/content-problem.ts";

const dir = process.argv[2] ?? "content/articles";
const started = performance.now();
const problems = checkContent(dir, { numbers: true });
const seconds = ((performance.now() - started) / 1000).toFixed(1);
if (problems.length > 0) {
  console.error(formatContentProblems(problems));
  process.exitCode = 1;
} else {
  console.log(`Content check passed: every article in ${dir} is sound (${seconds} s).`);
}
