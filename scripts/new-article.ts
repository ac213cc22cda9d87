// Scaffolds content/articles/<slug>.mdx with the front matter the schema needs and one example of each checked form.
import { existsSync, writeFileSync } from "node:fs";
import path from "node:path";

const slug = process.argv[2] ?? "";
if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(slug)) {
  console.error("Usage: npm run new-article -- <slug>   (lower-case words joined by hyphens, e.g. why-tanh)");
  process.exit(1);
}
const file = path.join("content", "articles", `${slug}.mdx`);
if (existsSync(file)) {
  console.error(`${file} already exists; pick another slug.`);
  process.exit(1);
}
const today = new Date().toISOString().slice(0, 10);
writeFileSync(
  file,
  `---
title: "A title of at least three characters"
description: "One or two sentences, 20 to 200 characters, shown on the home page."
date: ${today}
basedOn:
  title: "The post this article mirrors"
  author: "Its author"
  url: "https://example.org/the-post"
order: 99
draft: true
---
import SigmoidExplorer from "../../src/widgets/sigmoid-explorer/SigmoidExplorer.astro";

Write numbers bound to the code that computes them: the slope at zero is <Num of={dsigmoid(0)}>0.25</Num>.

In maths use \\num: $\\sigma'(0) = \\num{dsigmoid(0)}{0.25}$.

\`\`\`ts runnable
import { dsigmoid } from "~/grad";

console.log(dsigmoid(1)); // → 0.19661193324148185
\`\`\`

<SigmoidExplorer w={2} b={0} x={1} id="explorer" caption="A live figure." />
`,
);
console.log(`Created ${file} (a draft: set draft: false to publish). Run npm run dev to see it, npm run claims to list its numbers.`);
