import { z } from "astro/zod";

/** The front matter every article must have; a missing or malformed field stops the build naming the file and field. */
export const articleSchema = z.object({
  title: z.string().min(3),
  description: z.string().min(20).max(200),
  /** The question the article answers, in the reader's words: the home page's reading path shows it. */
  question: z.string().min(10).max(120).optional(),
  date: z.coerce.date(),
  basedOn: z.object({
    title: z.string().min(1),
    /** Left out only when the post names no author. */
    author: z.string().min(1).optional(),
    url: z.url().optional(),
    /** The post's own date, as it gives it. */
    posted: z.string().min(4).optional(),
  }),
  order: z.number().int().nonnegative(),
  /** The article's address under /articles/; the file name when left out. */
  slug: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "lower-case words joined by hyphens").optional(),
  draft: z.boolean().default(false),
});
