import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { reservedSlugs } from "../content-check/reserved-slugs.ts";
import { MAX_TITLE } from "./article-schema.ts";
import { findNumbers } from "../claims/find-numbers.ts";

/** The scaffold's stand-ins an author must replace: the content check reports each one left in an article. */
export const SCAFFOLD_PLACEHOLDERS = {
  description: "Say in one or two sentences what the reader will learn; this shows on the home page.",
  sourceTitle: "The post this article mirrors",
  sourceUrl: "https://example.org/the-post",
} as const;

/** Turns a title into an article slug: lower-case ASCII words joined by hyphens ("Why tanh?" → "why-tanh"). */
export function slugify(title: string): string {
  return title
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

/**
 * Writes a new article into a folder of articles: valid front matter (ordered after the others), a checked number,
 * a checked formula, a runnable sample and a widget. Its description and source are placeholders the content check
 * reports until they are replaced. Returns the file's path; throws with a clear message on an empty title, a number
 * in the title (front matter cannot bind it) or an existing slug.
 */
export function scaffoldArticle(title: string, dir: string, today: string): string {
  const slug = slugify(title);
  if (title.trim().length < 3 || slug === "") throw new Error(`A title needs at least three characters, letters or digits among them; got ${JSON.stringify(title)}.`);
  if (title.trim().length > MAX_TITLE) throw new Error(`A title has at most ${MAX_TITLE} characters; this one has ${title.trim().length.toLocaleString("en")}.`);
  const taken = reservedSlugs(path.resolve(dir, "..", "..")).get(slug);
  if (taken) throw new Error(`The address /articles/${slug}/ would be taken by ${taken}; pick another title.`);
  const numbers = findNumbers(title, "prose").map((n) => n.text);
  if (numbers.length > 0) {
    throw new Error(`A title cannot hold ${numbers.join(", ")}: a number in front matter cannot be bound to its computation, so the content check would refuse the article. Say it in words ("one half"), or put the number in the article's body with <Num>.`);
  }
  const file = path.join(dir, `${slug}.mdx`);
  if (existsSync(file)) throw new Error(`${file} already exists; pick another title.`);
  const orders = readdirSync(dir)
    .filter((f) => f.endsWith(".mdx"))
    .map((f) => Number(/^order:\s*(\d+)/m.exec(readFileSync(path.join(dir, f), "utf8"))?.[1] ?? 0));
  writeFileSync(file, template(title, today, Math.max(0, ...orders) + 1));
  return file;
}

function template(title: string, today: string, order: number): string {
  return `---
title: ${JSON.stringify(title.trim())}
description: ${JSON.stringify(SCAFFOLD_PLACEHOLDERS.description)}
date: ${today}
basedOn:
  title: ${JSON.stringify(SCAFFOLD_PLACEHOLDERS.sourceTitle)}
  url: ${JSON.stringify(SCAFFOLD_PLACEHOLDERS.sourceUrl)}
order: ${order}
---
import SigmoidExplorer from "../../src/widgets/sigmoid-explorer/SigmoidExplorer.astro";

Every decimal you write is bound to the code that computes it: the sigmoid's slope at zero is
<Num of={dsigmoid(0)}>0.25</Num>, and at one it is <Num of={dsigmoid(1)}>0.1966</Num>.

## A formula

Inside maths, write \`\\num{expression}{written}\`:

$$
\\sigma'(0) = \\sigma(0)\\,(1 - \\sigma(0)) = \\num{dsigmoid(0)}{0.25}
$$

## A runnable sample

\`\`\`ts runnable
import { sigmoid } from "~/grad";

console.log(sigmoid(0)); // → 0.5
\`\`\`

## A live figure

<SigmoidExplorer w={2} b={0} x={1} caption="Drag the sliders: the slope is largest where the curve crosses one half." />
`;
}
