import { defineCollection } from "astro:content";
import { glob } from "astro/loaders";
import { articleSchema } from "./lib/article-schema.ts";

/** The site's articles, one MDX file each in content/articles. */
export const collections = {
  articles: defineCollection({
    loader: glob({ pattern: "*.mdx", base: "./content/articles" }),
    schema: articleSchema,
  }),
};
