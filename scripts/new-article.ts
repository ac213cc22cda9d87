// Scaffolds content/articles/<slug>.mdx from a title: npm run new -- "Why tanh?"
import { scaffoldArticle } from "../src/lib/scaffold-article.ts";

const title = process.argv.slice(2).join(" ");
if (title.trim() === "") {
  console.error('Usage: npm run new -- "Title of the article"');
  process.exit(1);
}
try {
  const file = scaffoldArticle(title, "content/articles", new Date().toISOString().slice(0, 10));
  console.log(`Created ${file}. Next: npm run check:content (seconds), npm run dev (see it at /articles/<slug>/), npm test (everything).`);
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
