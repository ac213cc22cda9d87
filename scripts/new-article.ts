// Scaffolds content/articles/<slug>.mdx from a title: npm run new -- "Why tanh?"
import path from "node:path";
import { scaffoldArticle } from "../src/lib/scaffold-article.ts";

const title = process.argv.slice(2).join(" ");
if (title.trim() === "") {
  console.error('Usage: npm run new -- "Title of the article"');
  process.exit(1);
}
try {
  const file = scaffoldArticle(title, "content/articles", new Date().toISOString().slice(0, 10));
  const slug = path.basename(file, ".mdx");
  console.log(
    [
      `Created ${file}.`,
      "Replace its placeholder description and source (basedOn) first: the content check reports them until then.",
      `Next: npm run check:content (seconds), then npm run dev and open http://localhost:4321/articles/${slug}/ (astro dev's default port), npm test (everything).`,
    ].join("\n"),
  );
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
