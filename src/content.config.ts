import { defineCollection } from "astro:content";
import { glob } from "astro/loaders";
import { z } from "astro/zod";

/** The front matter every article must have; a missing or malformed field stops the build naming the file and field. */
export const articleSchema = z.object({
  title: z.string().min(3),
  description: z.string().min(20).max(200),
  date: z.coerce.date(),
  basedOn: z.object({
    title: z.string(),
    author: z.string(),
    url: z.url(),
  }),
  order: z.number().int().nonnegative(),
  draft: z.boolean().default(false),
});

/** The site's articles, one MDX file each in content/articles. */
export const collections = {
  articles: defineCollection({
    loader: glob({ pattern: "*.mdx", base: "./content/articles" }),
    schema: articleSchema,
  }),
};
